/**
 * The unit after a figure: a currency read before it, a percent ("12%", "12 per cent"), a unit
 * of measure (glued "3km" joins the figure's text; spaced "10 kg" and hyphenated "3-inch" are a
 * separate span), a noun after a compound hyphen ("a 6,200-seat hall"), else the counted noun.
 */
import type { FoundFigure } from './figure';
import type { Match, Scan } from './figure-at';
import { readMeasureUnit } from './measure-units';
import { readUnit } from './units';

const PERCENT_WORDS = new Set(['percent', 'pct']);

function withSpan(match: Match, unit: string, start: number, end: number, next: number): Match {
  const figure: FoundFigure = { ...match.figure, unit, unitStart: start, unitEnd: end };
  return { figure, next };
}

/** Attaches the unit after match.figure; `allowOf` lets "dozens of people" skip the "of". */
export function attachUnit(scan: Scan, match: Match, allowOf: boolean, currency?: string): Match {
  const { tokens, text } = scan;
  if (currency) return { figure: { ...match.figure, unit: currency }, next: match.next };
  const next = tokens[match.next];
  const after = tokens[match.next + 1];
  if (next?.text === '%') {
    const figure = {
      ...match.figure,
      unit: 'percent',
      end: next.end,
      text: text.slice(match.figure.start, next.end),
    };
    return { figure, next: match.next + 1 };
  }
  if (next && PERCENT_WORDS.has(next.lower))
    return withSpan(match, 'percent', next.start, next.end, match.next + 1);
  if (next?.lower === 'per' && after?.lower === 'cent')
    return withSpan(match, 'percent', next.start, after.end, match.next + 2);
  const measure = readMeasureUnit(tokens, match.next);
  if (measure) {
    if (next && !next.spaceBefore) {
      const figure = {
        ...match.figure,
        unit: measure.unit,
        end: measure.end,
        text: text.slice(match.figure.start, measure.end),
      };
      return { figure, next: measure.next };
    }
    return withSpan(match, measure.unit, measure.start, measure.end, measure.next);
  }
  if (next?.text === '-' && !next.spaceBefore && after?.kind === 'word' && !after.spaceBefore) {
    const hyphenated = readMeasureUnit(tokens, match.next + 1);
    if (hyphenated)
      return withSpan(match, hyphenated.unit, after.start, after.end, hyphenated.next);
    return withSpan(match, after.lower, after.start, after.end, match.next + 2);
  }
  const unit = readUnit(text, tokens, match.next, allowOf);
  if (!unit) return match;
  return {
    figure: { ...match.figure, unit: unit.unit, unitStart: unit.start, unitEnd: unit.end },
    next: match.next,
  };
}
