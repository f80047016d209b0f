/**
 * The second half of a range: "70-90", "70 to 90", "two or three", "between 5 and six", "from
 * 10 dollars to 20 dollars", "$10 to $20", "-18 °C to -34 °C", "8- to 16-metre", and the
 * interval a range makes under a qualifier ("around 10-20", "some 40 to 50", "up to 40 or 50").
 */
import { readCurrency } from './currency';
import type { Figure } from './figure';
import { readMeasureUnit } from './measure-units';
import { readNumber, scaleExactly, type ReadNumber } from './numeric';
import { excludedAfter } from './context';
import { rangeFigure } from './intervals';
import { matchPrefix, type QualifierShape } from './qualifiers';
import type { Token } from './tokens';

const RANGE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2012', '\u2010']);
const PLAIN_CONNECTORS = new Set(['to', 'or', 'through', 'thru']);
const BETWEEN_CONNECTORS = new Set(['and', 'to']);
const FROM_CONNECTORS = new Set(['to', 'through', 'thru']);

function connectorsFor(shape: QualifierShape | undefined): ReadonlySet<string> {
  if (shape === 'between') return BETWEEN_CONNECTORS;
  if (shape === 'from') return FROM_CONNECTORS;
  return PLAIN_CONNECTORS;
}

/** The lower-cased words of tokens[from, to), to compare a repeated unit. */
function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
}

/**
 * A unit written after the first number and repeated after the second ("10 dollars to 20
 * dollars", "-18 °C to -34 °C"): [first token after it, its words], or null when none.
 */
function repeatedUnit(tokens: readonly Token[], index: number): [number, string] | null {
  if (tokens[index]?.text === '%') return [index + 1, '%'];
  const measure = readMeasureUnit(tokens, index);
  if (measure) return [measure.next, wordsOf(tokens, index, measure.next)];
  const word = tokens[index];
  if (word?.kind === 'word' && word.spaceBefore) return [index + 1, word.lower];
  return null;
}

function isConnector(token: Token | undefined, connectors: ReadonlySet<string>): boolean {
  if (!token) return false;
  // "20~100": a tilde glued between two numbers joins them, as a dash does.
  if (token.text === '~') return !token.spaceBefore;
  if (token.kind === 'punct') return RANGE_DASHES.has(token.text);
  return token.kind === 'word' && connectors.has(token.lower);
}

export interface RangeEnd {
  second: ReadNumber;
  /** Token index after the second number (its unit, if any, is still to read). */
  next: number;
}

/**
 * Reads the second number of a range after `first` (tokens[index] is the token after it).
 * Words and digits mix only around "to" and "and" ("between 5 and six"); "2 or three" and
 * "two-3" are not ranges we trust. Null when no range follows.
 */
export function readRangeEnd(
  text: string,
  tokens: readonly Token[],
  index: number,
  first: ReadNumber,
  shape: QualifierShape | undefined,
  money: boolean,
): RangeEnd | null {
  const connectors = connectorsFor(shape);
  let k = index;
  const hang = tokens[k];
  let unit: [number, string] | null = null;
  if (hang?.text === '-' && !hang.spaceBefore && tokens[k + 1]?.spaceBefore) {
    // "8- to 16-metre": a suspended hyphen before the connector.
    if (tokens[k + 1]?.kind === 'word') k += 1;
  } else if (!isConnector(hang, connectors)) {
    unit = repeatedUnit(tokens, k);
    if (unit) k = unit[0];
  }
  const connector = tokens[k];
  if (!connector || !isConnector(connector, connectors)) return null;
  const isDash = connector.kind === 'punct';
  k += 1;
  const currency = money ? readCurrency(tokens, k) : null;
  if (currency) k = currency.next;
  // After a dash the next "-" is no sign: "10--20" is no range.
  if (isDash && tokens[k]?.kind === 'punct') return null;
  const second = readNumber(text, tokens, k, money);
  if (!second) return null;
  if (second.words !== first.words) {
    if (isDash || connector.lower === 'or') return null;
  }
  if (isDash && first.words) return null;
  if (unit && wordsOf(tokens, second.next, second.next + unit[1].split(' ').length) !== unit[1])
    return null;
  return { second, next: second.next };
}

/** Applies "1.2 to 1.5 million": the second number's scale carries over to a bare first number. */
export function carryScale(first: ReadNumber, second: ReadNumber): number {
  if (first.words || first.scale !== 1 || second.scale === 1) return first.value;
  const plainSecond = second.value / second.scale;
  if (!(plainSecond > 0) || first.value > plainSecond || first.value < 0) return first.value;
  return scaleExactly(first.value, first.decimals, second.scale);
}

/**
 * The interval of the range [a, b] under the qualifier before it: "around 10-20" is an
 * approximate range, "more than 10 to 20" a lower bound at 10, "up to 40 or 50" an upper bound
 * at 50. Null when a > b ("5 to 2" is no range), unless both are below zero ("-18 to -34").
 */
export function rangeUnder(shape: QualifierShape | undefined, a: number, b: number): Figure | null {
  if (a > b && !(a < 0 && b < 0)) return null;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const base = rangeFigure(low, high);
  switch (shape) {
    case 'about':
    case 'nearly':
      base.approximate = true;
      return base;
    case 'at-least':
    case 'more-than':
    case 'just-over':
      return {
        low,
        high: null,
        lowInclusive: shape === 'at-least',
        highInclusive: false,
        approximate: false,
        kind: 'lower-bound',
        value: low,
      };
    case 'at-most':
    case 'less-than':
      return {
        low: null,
        high,
        lowInclusive: false,
        highInclusive: shape === 'at-most',
        approximate: false,
        kind: 'upper-bound',
        value: high,
      };
    default:
      return base;
  }
}

// No comma: in reports it separates list items ("more than 20, fewer than 35 of them children").
const BOUND_JOINERS = new Set(['and', 'but']);
const UPPER_SHAPES = new Set<QualifierShape>(['at-most', 'less-than']);
const LOWER_SHAPES = new Set<QualifierShape>(['at-least', 'more-than']);

/**
 * "more than 5 and less than 10", "at least 5 but no more than 10", "at most 100 and at least
 * 20": a one-sided bound closed by the opposite
 * bound right after it is one range, with each side's inclusivity. Null when the second half is
 * not the opposite bound on the right side of the first.
 */
export function closeBound(
  text: string,
  tokens: readonly Token[],
  bound: Figure,
  index: number,
): { figure: Figure; next: number } | null {
  const joiner = tokens[index];
  if (!joiner || joiner.kind !== 'word' || !BOUND_JOINERS.has(joiner.lower)) return null;
  const isLower = bound.low !== null && bound.high === null;
  const isUpper = bound.high !== null && bound.low === null;
  if (!isLower && !isUpper) return null;
  const prefix = matchPrefix(tokens, index + 1);
  if (!prefix || !(isLower ? UPPER_SHAPES : LOWER_SHAPES).has(prefix.shape)) return null;
  const second = readNumber(text, tokens, prefix.next, false);
  // A year-like second number is no year here: it follows a comparison ("below 1500").
  if (!second || excludedAfter(tokens, second.next)) return null;
  const inclusive = prefix.shape === 'at-most' || prefix.shape === 'at-least';
  if (isLower) {
    if (bound.low === null || second.value <= bound.low) return null;
    return {
      figure: {
        low: bound.low,
        high: second.value,
        lowInclusive: bound.lowInclusive,
        highInclusive: inclusive,
        approximate: false,
        kind: 'range',
      },
      next: second.next,
    };
  }
  if (bound.high === null || second.value >= bound.high) return null;
  return {
    figure: {
      low: second.value,
      high: bound.high,
      lowInclusive: inclusive,
      highInclusive: bound.highInclusive,
      approximate: false,
      kind: 'range',
    },
    next: second.next,
  };
}
