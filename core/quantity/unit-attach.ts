/**
 * The unit after a figure: a currency read before it, a percent ("12%", "12 per cent"), a unit
 * of measure (glued "3km" joins the figure's text; spaced "10 kg" and hyphenated "3-inch" are a
 * separate span), a noun after a compound hyphen ("a 6,200-seat hall"), else the counted noun.
 */
import type { Match, Scan } from './scan';
import { readMeasureUnit } from './measure-units';
import { readUnit } from './units';

const PERCENT_WORDS = new Set(['percent', 'pct']);

/** The figure is the scan's own fresh object: setting fields is cheaper than copying it. */
function withSpan(match: Match, unit: string, start: number, end: number, next: number): Match {
  const { figure } = match;
  figure.unit = unit;
  figure.unitStart = start;
  figure.unitEnd = end;
  return { figure, next };
}

/** Extends the figure's quoted text to `end` ("12%", "3km"). */
function joined(scan: Scan, match: Match, unit: string, end: number, next: number): Match {
  const { figure } = match;
  figure.unit = unit;
  figure.end = end;
  figure.text = scan.text.slice(figure.start, end);
  return { figure, next };
}

/** Attaches the unit after match.figure; `allowOf` lets "dozens of people" skip the "of". */
export function attachUnit(scan: Scan, match: Match, allowOf: boolean, currency?: string): Match {
  const { tokens, text } = scan;
  if (currency) {
    match.figure.unit = currency;
    return match;
  }
  const next = tokens[match.next];
  const after = tokens[match.next + 1];
  if (next?.text === '%') return joined(scan, match, 'percent', next.end, match.next + 1);
  if (next && PERCENT_WORDS.has(next.lower))
    return withSpan(match, 'percent', next.start, next.end, match.next + 1);
  if (next?.lower === 'per' && after?.lower === 'cent')
    return withSpan(match, 'percent', next.start, after.end, match.next + 2);
  const measure = readMeasureUnit(tokens, match.next);
  if (measure) {
    if (next && !next.spaceBefore)
      return joined(scan, match, measure.unit, measure.end, measure.next);
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
  return withSpan(match, unit.unit, unit.start, unit.end, match.next);
}
