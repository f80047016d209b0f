/**
 * The figure scanner: one left-to-right pass over the tokens of a text, trying at each token
 * "qualifier? number (range)? postfix? unit?" and skipping what is not a figure (dates, years,
 * ordinals, identifiers, times, phone numbers). Linear in the text length: each attempt looks
 * at a bounded number of tokens.
 */
import type { FoundFigure, Figure } from './figure';
import { excludedAfter, excludedBefore, isMonth, looksLikePhone, phoneEnd } from './context';
import { readNumber, SHORT_SCALES, scaleExactly, type ReadNumber } from './numeric';
import { isNumberWord } from './number-words';
import {
  DEFAULT_FIGURE_OPTIONS,
  PREFIX_HEADS,
  intervalFor,
  matchPostfix,
  matchPrefix,
  rangeFigure,
  type FigureOptions,
  type QualifierShape,
} from './qualifiers';
import { crossesParagraphBreak, paragraphSpans } from './paragraphs';
import { tokenize, type Token } from './tokens';
import { readUnit } from './units';
import { readVague } from './vague';
import { wordTable } from '../text/word-table';

const CURRENCIES: Readonly<Record<string, string>> = wordTable({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
});
const RANGE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2012', '\u2010']);
const PERCENT_WORDS = new Set(['percent', 'pct']);
/** Words after "one" that make it a pronoun or idiom rather than a count. */
const ONE_IDIOMS = new Set([
  'of',
  'another',
  'way',
  'day',
  'hand',
  'side',
  'such',
  'time',
  'thing',
  'point',
  'must',
  'could',
  'can',
  'might',
  'may',
  'would',
  'should',
  'will',
  'is',
  'was',
  'has',
  'had',
]);
const ONE_DETERMINERS = new Set([
  'the',
  'no',
  'any',
  'every',
  'each',
  'this',
  'that',
  'which',
  'only',
]);

/** Words that can begin a figure: qualifier heads, number words, "a"/"an"/"half", vague amounts. */
function canStartFigure(lower: string): boolean {
  if (PREFIX_HEADS.has(lower) || isNumberWord(lower) || VAGUE_HEADS.has(lower)) return true;
  if (lower === 'a' || lower === 'an' || lower === 'half') return true;
  const dash = lower.indexOf('-');
  return dash > 0 && isNumberWord(lower.slice(0, dash));
}

const VAGUE_HEADS = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
]);

interface Match {
  figure: FoundFigure;
  next: number;
}

/** Shared state for one scan: the text, its tokens and the band settings. */
interface Scan {
  text: string;
  tokens: Token[];
  options: FigureOptions;
}

function isWord(token: Token | undefined, lower: string): boolean {
  return token?.kind === 'word' && token.lower === lower;
}

/** "two or three", "70-90", "70 to 90", "between 70 and 90", "from 70 to 90": the second number. */
function readRangeEnd(
  scan: Scan,
  index: number,
  connectors: ReadonlySet<string>,
  first: ReadNumber,
): ReadNumber | null {
  const token = scan.tokens[index];
  if (!token) return null;
  const isDash = token.kind === 'punct' && RANGE_DASHES.has(token.text);
  if (!isDash && !(token.kind === 'word' && connectors.has(token.lower))) return null;
  const second = readNumber(scan.tokens, index + 1);
  if (!second) return null;
  // Words with words, digits with digits: "2 or three" is not a range we trust.
  if (second.words !== first.words) return null;
  if (isDash && first.words) return null;
  return second;
}

/** Applies "1.2 to 1.5 million": the second number's scale carries over to a bare first number. */
function carryScale(scan: Scan, first: ReadNumber, second: ReadNumber): number {
  if (first.words || first.next - first.first !== 1) return first.value;
  const secondToken = scan.tokens[second.first];
  if (!secondToken || second.next - second.first < 2) return first.value;
  const plainSecond = Number(secondToken.text.replace(/,/g, ''));
  if (!(plainSecond > 0) || first.value > plainSecond) return first.value;
  const factor = second.value / plainSecond;
  return scaleExactly(first.value, first.decimals, factor);
}

function found(scan: Scan, figure: Figure, startToken: number, endToken: number): FoundFigure {
  const first = scan.tokens[startToken];
  const last = scan.tokens[endToken - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  return { ...figure, text: scan.text.slice(start, end), start, end };
}

/** Attaches the counted noun (or percent/currency) after the figure. */
function withUnit(scan: Scan, match: Match, allowOf: boolean, currency?: string): Match {
  const { tokens, text } = scan;
  const next = tokens[match.next];
  if (currency) {
    match.figure.unit = currency;
    return match;
  }
  if (next?.text === '%') {
    match.figure.unit = 'percent';
    match.figure.end = next.end;
    match.figure.text = text.slice(match.figure.start, next.end);
    return { figure: match.figure, next: match.next + 1 };
  }
  if (next && PERCENT_WORDS.has(next.lower)) {
    match.figure.unit = 'percent';
    match.figure.unitStart = next.start;
    match.figure.unitEnd = next.end;
    return { figure: match.figure, next: match.next + 1 };
  }
  if (isWord(next, 'per') && isWord(tokens[match.next + 1], 'cent')) {
    match.figure.unit = 'percent';
    match.figure.unitStart = next?.start ?? 0;
    match.figure.unitEnd = tokens[match.next + 1]?.end ?? 0;
    return { figure: match.figure, next: match.next + 2 };
  }
  const unit = readUnit(text, tokens, match.next, allowOf);
  if (unit) {
    match.figure.unit = unit.unit;
    match.figure.unitStart = unit.start;
    match.figure.unitEnd = unit.end;
  }
  return match;
}

const RANGE_WORDS = new Set(['to', 'or']);
const BETWEEN_WORDS = new Set(['and', 'to']);
const FROM_WORDS = new Set(['to']);

/** Tries to read a figure starting at token `i`. */
function figureAt(scan: Scan, i: number): Match | null {
  const { tokens, options } = scan;
  const head = tokens[i];
  if (!head) return null;
  if (head.kind === 'punct' && !(head.text in CURRENCIES)) return null;
  if (head.kind === 'word' && !canStartFigure(head.lower)) return null;

  const vague = readVague(tokens, i);
  if (vague) {
    const match: Match = { figure: found(scan, vague.figure, i, vague.next), next: vague.next };
    return withUnit(scan, match, true);
  }

  const prefix = matchPrefix(tokens, i);
  let j = prefix ? prefix.next : i;
  let currency: string | undefined;
  const maybeCurrency = tokens[j];
  if (maybeCurrency?.kind === 'punct' && maybeCurrency.text in CURRENCIES) {
    const after = tokens[j + 1];
    if (after?.kind !== 'number' || after.spaceBefore) return null;
    currency = CURRENCIES[maybeCurrency.text];
    j += 1;
  }
  const number = readNumber(tokens, j);
  if (!number) {
    if (prefix) {
      const vagueAfter = readVague(tokens, j);
      if (vagueAfter && prefix.shape !== 'between' && prefix.shape !== 'from') {
        const match: Match = {
          figure: found(scan, vagueAfter.figure, i, vagueAfter.next),
          next: vagueAfter.next,
        };
        return withUnit(scan, match, true);
      }
    }
    return null;
  }
  const numberToken = tokens[number.first];
  if (!numberToken) return null;
  if (currency === undefined && excludedBefore(tokens, number.first)) return null;
  if (number.words && number.loneOne) {
    const after = tokens[number.next];
    const before = tokens[number.first - 1];
    if ((after && ONE_IDIOMS.has(after.lower)) || (before && ONE_DETERMINERS.has(before.lower)))
      return null;
    if (after?.text === '-' || after?.text === '’' || after?.text === "'") return null;
  }
  let value = number.value;
  let decimals = number.decimals;
  let next = number.next;
  if (currency !== undefined) {
    const suffix = tokens[next];
    if (suffix?.kind === 'word' && !suffix.spaceBefore && suffix.lower in SHORT_SCALES) {
      value = scaleExactly(value, decimals, SHORT_SCALES[suffix.lower] ?? 1);
      decimals = 0;
      next += 1;
    }
  }

  const shape: QualifierShape | undefined = prefix?.shape;
  const isRangeQualifier = shape === 'between' || shape === 'from';
  // Ranges: "between A and B", "from A to B", "A to B", "A-B", "A or B".
  const connectors =
    shape === 'between' ? BETWEEN_WORDS : shape === 'from' ? FROM_WORDS : RANGE_WORDS;
  const postfixFirst = matchPostfix(tokens, next);
  const second =
    postfixFirst || (shape !== undefined && !isRangeQualifier)
      ? null
      : readRangeEnd(scan, next, connectors, number);
  if (isRangeQualifier && !second) return null;

  if (second) {
    if (number.yearLike && second.yearLike) return skipYears(second.next);
    if (excludedAfter(tokens, second.next)) return null;
    const a = carryScale(scan, number, second);
    const b = second.value;
    if (a > b) {
      // "5 to 2" is no range: report the first number alone.
    } else {
      // "two or three" is a range even though it reads like an alternative.
      const figure = rangeFigure(a, b);
      const match: Match = { figure: found(scan, figure, i, second.next), next: second.next };
      return withUnit(scan, match, false, currency);
    }
  }

  if (number.yearLike && shape === undefined && currency === undefined) return skipYears(next);
  if (excludedAfter(tokens, next) && !postfixFirst) return null;
  if (isMonth(tokens[next])) return null;

  let figure: Figure;
  let end = next;
  if (postfixFirst && shape === undefined) {
    figure = intervalFor(postfixFirst.shape, value, decimals, options);
    end = postfixFirst.next;
  } else {
    figure = intervalFor(shape ?? 'exact', value, decimals, options);
  }
  const match: Match = { figure: found(scan, figure, i, end), next: end };
  return withUnit(scan, match, false, currency);
}

/** Years are not figures; the scan moves past them. */
function skipYears(next: number): Match {
  return { figure: SKIP, next };
}

/** Marker for "consumed, but not a figure" (years, phone numbers). */
const SKIP = {} as FoundFigure;

/**
 * Finds every reported figure in a text, with UTF-16 offsets into it. Never throws: whatever
 * the input, the result is a list of well-formed intervals (possibly empty). Trade-off: a
 * shallow token grammar rather than a parser, so it is fast and predictable, and it prefers
 * missing an odd phrasing to inventing a figure (years, dates and identifiers are skipped).
 */
export function findFigures(
  text: string,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: FoundFigure[] = [];
  // Each paragraph on its own: a figure never crosses a blank line.
  for (const [from, to] of paragraphSpans(text)) {
    out.push(...scanFigures(text, tokenize(text, from, to), options));
  }
  return out;
}

/**
 * The scan over tokens already made by `tokenize(text, from, to)` (offsets stay absolute), so
 * callers that tokenize a sentence for other reasons do not tokenize it twice.
 */
export function scanFigures(
  text: string,
  tokens: Token[],
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  const scan: Scan = { text, tokens, options };
  const out: FoundFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'number' && looksLikePhone(tokens, i)) {
      const prev = tokens[i - 1];
      const after = phoneEnd(tokens, i);
      if (prev?.text === '+' || prev?.text === '(' || after - i >= 5) {
        i = after;
        continue;
      }
    }
    let match: Match | null;
    try {
      match = figureAt(scan, i);
    } catch {
      // A bug in one rule must not lose the rest of the text: skip this token.
      match = null;
    }
    // Tokens made by a caller may span paragraphs: a figure across a break is no figure.
    if (
      match &&
      match.figure !== SKIP &&
      crossesParagraphBreak(
        text,
        match.figure.start,
        Math.max(match.figure.end, match.figure.unitEnd ?? 0),
      )
    )
      match = null;
    if (match && match.next > i) {
      if (match.figure !== SKIP) out.push(match.figure);
      i = match.next;
    } else {
      i += 1;
    }
  }
  return out;
}
