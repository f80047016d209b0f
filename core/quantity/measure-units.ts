/**
 * The table of units of measure a figure may carry: glued ("3km", "250ml"), hyphenated ("3-inch",
 * "six-mile") or spaced ("10 kg", "-18 °C"). A unit of measure is what lets "1000 litres" be an
 * amount rather than a year, and what "5pm" or "3D" lack. Durations are kept apart: "over 3
 * years" is a span of time, and "a 3-day visit" is a compound adjective, not a count.
 */
import type { Token } from './tokens';

/**
 * Spellings of units of measure (lower case). A figure reports its unit as written ("meters",
 * "km", "°C"), as it did before this table existed, so callers matching unit words keep working.
 */
const UNITS: ReadonlySet<string> = new Set([
  'km',
  'kms',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'm',
  'metre',
  'metres',
  'meter',
  'meters',
  'cm',
  'centimetre',
  'centimetres',
  'mm',
  'millimetre',
  'millimetres',
  'mi',
  'mile',
  'miles',
  'ft',
  'foot',
  'feet',
  'inch',
  'inches',
  'yd',
  'yard',
  'yards',
  'kg',
  'kgs',
  'kilo',
  'kilos',
  'kilogram',
  'kilograms',
  'g',
  'gram',
  'grams',
  'mg',
  'lb',
  'lbs',
  'oz',
  'ounce',
  'ounces',
  't',
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'l',
  'litre',
  'litres',
  'liter',
  'liters',
  'ml',
  'millilitre',
  'millilitres',
  'gal',
  'gallon',
  'gallons',
  'ha',
  'hectare',
  'hectares',
  'acre',
  'acres',
  'km2',
  'mph',
  'kph',
  'kmh',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gb',
  'tb',
  'mb',
  'bpd',
  'c',
  'dollar',
  'dollars',
  'euro',
  'euros',
  'rupee',
  'rupees',
]);

/** Units a bare letter could also be a word for: only glued to digits ("5m", "2l") or after "°". */
const GLUED_ONLY = new Set(['m', 'g', 't', 'l', 'c', 'mi', 'ha', 'mb']);
/** Of those, the ones that must be lower case: "5G" is a network and "5M" five million. */
const LOWER_ONLY = new Set(['m', 'g', 't', 'mi', 'ha']);

/** Units that "sq" / "square" turn into areas. */
const AREA_BASES = new Set([
  'km',
  'kilometres',
  'kilometers',
  'metres',
  'meters',
  'm',
  'miles',
  'mile',
  'ft',
  'feet',
]);

/** Spans of time. "two-year" and "3-day" as adjectives, and "over 3 years" read as a span. */
const DURATIONS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'yr',
  'yrs',
  'decade',
  'decades',
  'century',
  'centuries',
  'night',
  'nights',
]);

/**
 * The unit of measure `written` names (as written), when it is one; case decides "5m" from
 * "5M", and `glued` says whether it touches the digits (a lone "m" or "g" is no unit).
 */
export function measureUnit(written: string, glued: boolean): string | undefined {
  const lower = written.toLowerCase();
  if (!UNITS.has(lower)) return undefined;
  if (!glued && GLUED_ONLY.has(lower)) return undefined;
  if (LOWER_ONLY.has(lower) && written !== lower) return undefined;
  return written;
}

/** True for a word naming a span of time ("years", "day", "hrs"). */
export function isDuration(lower: string): boolean {
  return DURATIONS.has(lower);
}

export interface MeasureSpan {
  unit: string;
  /** Index of the first token after the unit. */
  next: number;
  start: number;
  end: number;
}

/**
 * The unit of measure at tokens[index], right after a number: "km" (glued or spaced), "°C",
 * "km/h", "sq km". Null when none; the counted-noun reader then has its turn.
 */
export function readMeasureUnit(tokens: readonly Token[], index: number): MeasureSpan | null {
  const token = tokens[index];
  if (!token) return null;
  const glued = !token.spaceBefore;
  if (token.text === '°') {
    const scale = tokens[index + 1];
    if (scale && !scale.spaceBefore && (scale.lower === 'c' || scale.lower === 'f'))
      return span(`°${scale.text}`, token, scale, index + 2);
    return null;
  }
  if (token.kind !== 'word') return null;
  if (token.lower === 'sq' || token.lower === 'square') {
    const area = tokens[index + 1];
    if (area && AREA_BASES.has(area.lower))
      return span(`${token.text} ${area.text}`, token, area, index + 2);
    return null;
  }
  const unit = measureUnit(token.text, glued);
  if (unit === undefined) return null;
  // "km/h": a unit per hour.
  const slash = tokens[index + 1];
  const per = tokens[index + 2];
  if (slash?.text === '/' && !slash.spaceBefore && per && !per.spaceBefore && per.lower === 'h')
    return span(`${unit}/${per.text}`, token, per, index + 3);
  return span(unit, token, token, index + 1);
}

function span(unit: string, first: Token, last: Token, next: number): MeasureSpan {
  return { unit, next, start: first.start, end: last.end };
}
