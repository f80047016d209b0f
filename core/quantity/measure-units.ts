/**
 * The table of units of measure a figure may carry: glued ("3km", "250ml"), hyphenated ("3-inch",
 * "six-mile") or spaced ("10 kg", "-18 °C"). A unit of measure is what lets "1000 litres" be an
 * amount rather than a year, and what "5pm" or "3D" lack. Durations are kept apart: "over 3
 * years" is a span of time, and "a 3-day visit" is a compound adjective, not a count.
 */
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

/** Spellings of each unit (lower case) and the short name a figure reports. */
const UNITS: Readonly<Record<string, string>> = wordTable({
  km: 'km',
  kms: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  m: 'm',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  cm: 'cm',
  centimetre: 'cm',
  centimetres: 'cm',
  mm: 'mm',
  millimetre: 'mm',
  millimetres: 'mm',
  mi: 'mile',
  mile: 'mile',
  miles: 'mile',
  ft: 'ft',
  foot: 'ft',
  feet: 'ft',
  inch: 'inch',
  inches: 'inch',
  yd: 'yard',
  yard: 'yard',
  yards: 'yard',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  g: 'g',
  gram: 'g',
  grams: 'g',
  mg: 'mg',
  lb: 'lb',
  lbs: 'lb',
  oz: 'oz',
  ounce: 'oz',
  ounces: 'oz',
  t: 't',
  tonne: 't',
  tonnes: 't',
  ton: 't',
  tons: 't',
  l: 'l',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  ml: 'ml',
  millilitre: 'ml',
  millilitres: 'ml',
  gal: 'gallon',
  gallon: 'gallon',
  gallons: 'gallon',
  ha: 'ha',
  hectare: 'ha',
  hectares: 'ha',
  acre: 'acre',
  acres: 'acre',
  km2: 'km2',
  mph: 'mph',
  kph: 'km/h',
  kmh: 'km/h',
  kw: 'kW',
  mw: 'MW',
  gw: 'GW',
  kwh: 'kWh',
  mwh: 'MWh',
  gb: 'GB',
  tb: 'TB',
  mb: 'MB',
  bpd: 'bpd',
  c: '°C',
  dollar: 'dollar',
  dollars: 'dollar',
  euro: 'euro',
  euros: 'euro',
  rupee: 'rupee',
  rupees: 'rupee',
});

/** Units a bare letter could also be a word for: only glued to digits ("5m", "2l") or after "°". */
const GLUED_ONLY = new Set(['m', 'g', 't', 'l', 'c', 'mi', 'ha', 'mb']);
/** Of those, the ones that must be lower case: "5G" is a network and "5M" five million. */
const LOWER_ONLY = new Set(['m', 'g', 't', 'mi', 'ha']);

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
 * The short name of a unit of measure, when the word is one; `written` is the word as written
 * (case decides "5m" from "5M"), `glued` whether it touches the digits.
 */
export function measureUnit(written: string, glued: boolean): string | undefined {
  const lower = written.toLowerCase();
  const unit = UNITS[lower];
  if (unit === undefined) return undefined;
  if (!glued && GLUED_ONLY.has(lower)) return undefined;
  if (LOWER_ONLY.has(lower) && written !== lower) return undefined;
  return unit;
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
      return span(scale.lower === 'c' ? '°C' : '°F', token, scale, index + 2);
    return null;
  }
  if (token.kind !== 'word') return null;
  if (token.lower === 'sq' || token.lower === 'square') {
    const area = tokens[index + 1];
    const unit = area && area.kind === 'word' ? UNITS[area.lower] : undefined;
    if (area && (unit === 'km' || unit === 'm' || unit === 'mile' || unit === 'ft'))
      return span(`sq ${unit}`, token, area, index + 2);
    return null;
  }
  const unit = measureUnit(token.text, glued);
  if (unit === undefined) return null;
  // "km/h": a unit per hour.
  const slash = tokens[index + 1];
  const per = tokens[index + 2];
  if (slash?.text === '/' && !slash.spaceBefore && per && !per.spaceBefore && per.lower === 'h')
    return span(`${unit}/h`, token, per, index + 3);
  return span(unit, token, token, index + 1);
}

function span(unit: string, first: Token, last: Token, next: number): MeasureSpan {
  return { unit, next, start: first.start, end: last.end };
}
