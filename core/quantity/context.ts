/**
 * What makes a number NOT a figure: dates ("March 22", "22 March"), years ("in 2015"), ordinals
 * ("22nd"), identifiers ("IK-19", "issue 2", "No. 5", "#3"), clock times ("10:30", "5 pm"),
 * phone numbers ("+44 20 7946 0958", "555-123-4567"), ages and spans used as adjectives
 * ("21-year-old", "a 3-day visit").
 * Each rule looks at the tokens right next to the number only, so the check is O(1).
 */
import { measureUnit } from './measure-units';
import type { Token } from './tokens';
import { MONTH_WORDS } from '../text/date-words';

/** Month words (full and short), from their one home in core/text. */
export const MONTHS = MONTH_WORDS;

/** True for a month name; "may"/"march" only when capitalised (the verbs are lower case). */
export function isMonth(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || !MONTHS.has(token.lower)) return false;
  const first = token.text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Nouns that introduce an identifier rather than a count: "issue 2", "page 12", "Article 5". */
const ID_NOUNS = new Set([
  'issue',
  'no',
  'nr',
  'number',
  'page',
  'pages',
  'p',
  'pp',
  'chapter',
  'article',
  'section',
  'vol',
  'volume',
  'resolution',
  'flight',
  'route',
  'room',
  'level',
  'phase',
  'season',
  'episode',
  'part',
  'item',
  'table',
  'figure',
  'fig',
  'paragraph',
  'line',
  'version',
  'grade',
  'class',
  'platform',
  'gate',
  'unit',
  'block',
  'building',
  'apartment',
  'suite',
  'highway',
  'road',
  'street',
  'tel',
  'phone',
  'fax',
  'ext',
  'paras',
  'para',
  'verse',
  'psalm',
  'act',
  'scene',
  'exhibit',
  'annex',
  'appendix',
  'footnote',
  'note',
  'ref',
  'case',
  'docket',
  'code',
  'id',
  'cell',
  'row',
  'column',
  'tier',
  'stage',
  'round',
  'week',
  'day',
  'year',
  'month',
]);

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const TIME_WORDS = new Set(['am', 'pm', 'a', 'p', 'hrs', 'h', 'gmt', 'utc', "o'clock", 'o’clock']);

/** Tokens just before a number that make it a date, an identifier or a time. */
export function excludedBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  const number = tokens[first];
  if (prev.kind === 'word') {
    if (isMonth(prev)) return true;
    if (ID_NOUNS.has(prev.lower)) return true;
    // Letters glued to digits: "TRC20" is one word already; "X5" style glued tokens.
    if (number && !number.spaceBefore) return true;
    return false;
  }
  // "#3", "No. 5", "IK-19" written with a separate hyphen, "v2.0".
  if (prev.text === '#' || prev.text === '№') return true;
  if (prev.text === '.' && !(number?.spaceBefore ?? true)) return true;
  if (prev.text === '.') {
    const before = tokens[first - 2];
    if (before?.kind === 'word' && ID_NOUNS.has(before.lower)) return true;
  }
  if (
    (prev.text === '-' || prev.text === '/' || prev.text === ':') &&
    !(number?.spaceBefore ?? true)
  ) {
    const before = tokens[first - 2];
    if (before && !prev.spaceBefore && before.kind === 'word') return true;
    // "pages 10-20": the second half of a range whose first half was no figure.
    if (before?.kind === 'number' && !prev.spaceBefore && prev.text === '-') return true;
    if (prev.text === ':' || prev.text === '/') return true;
  }
  if (prev.text === '+' || prev.text === '(') {
    // A leading "+" or "(" starts a phone number when several digit groups follow.
    return looksLikePhone(tokens, first);
  }
  return false;
}

/** Digit groups chained by spaces, hyphens or dots: three or more groups is a phone number. */
export function looksLikePhone(tokens: readonly Token[], first: number): boolean {
  let groups = 0;
  let i = first;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'number') {
      groups += 1;
      i += 1;
      continue;
    }
    if (
      (token.text === '-' || token.text === ')' || token.text === '.' || token.text === '(') &&
      tokens[i + 1]?.kind === 'number'
    ) {
      i += 1;
      continue;
    }
    break;
  }
  return groups >= 3 || (groups >= 2 && tokens[first - 1]?.text === '+');
}

/** Where the phone number starting at `first` ends (index of the first token after it). */
export function phoneEnd(tokens: readonly Token[], first: number): number {
  let i = first;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'number') i += 1;
    else if (
      (token.text === '-' || token.text === ')' || token.text === '.' || token.text === '(') &&
      tokens[i + 1]?.kind === 'number'
    )
      i += 1;
    else break;
  }
  return i;
}

/** Words glued to digits that make the number a decade ("1990s", "20s") or a time ("5pm"). */
const GLUED_NOT_FIGURES = new Set(['s', 'am', 'pm', 'h', 'hrs', 'am.', 'pm.']);

/** "21-year-old", "six-month-old": an age, never a count. */
export function isAgeWord(lower: string): boolean {
  return /^(years?|months?|weeks?|days?)-old$/.test(lower);
}

/**
 * Tokens just after a number that make it an ordinal, a date, a time or part of a code. Decided
 * from the whole token: a unit of measure glued to the digits ("3km") keeps the figure; an
 * ordinal suffix, a decade "s", a clock suffix or any other letters ("3D", "5G") do not.
 */
export function excludedAfter(tokens: readonly Token[], next: number): boolean {
  const token = tokens[next];
  if (!token) return false;
  if (token.kind === 'word') {
    if (!token.spaceBefore) {
      if (ORDINAL_SUFFIXES.has(token.lower) || GLUED_NOT_FIGURES.has(token.lower)) return true;
      return measureUnit(token.text, true) === undefined;
    }
    if (isMonth(token)) return true;
    if (TIME_WORDS.has(token.lower)) {
      if (token.lower === 'a' || token.lower === 'p') {
        const dot = tokens[next + 1];
        const m = tokens[next + 2];
        return dot?.text === '.' && !dot.spaceBefore && m?.lower === 'm';
      }
      return true;
    }
    return false;
  }
  if (token.spaceBefore) return false;
  // "10:30", "3/4", "12.2022" dates and times, "1.2.3" versions.
  if (token.text === ':' || token.text === '/') return tokens[next + 1]?.kind === 'number';
  if (token.text === '.' && tokens[next + 1]?.kind === 'number' && !tokens[next + 1]?.spaceBefore)
    return true;
  if (token.text === '-' || token.text === '\u2011') {
    const after = tokens[next + 1];
    if (after?.kind !== 'word' || after.spaceBefore) return false;
    // "21-year-old" is an age; "a 3-day visit", "a 6,200-seat hall" and "3-inch" keep their
    // figure, the word after the hyphen as its unit (a measure drops the span, not the scanner).
    // "0-based", "3-pronged": an adjective made from a verb, not a noun to count.
    if (/(ed|ing)$/.test(after.lower)) return true;
    // "3-D", "5-G": a letter or two is a name, unless it is a unit ("5-m").
    if (after.lower.length < 3 && measureUnit(after.text, true) === undefined) return true;
    return isAgeWord(after.lower) || !/^[a-z]+$/.test(after.lower);
  }
  return false;
}

/** "first", "22nd" and the rest are ordinals; exported for tests and callers. */
export function isOrdinalSuffix(lower: string): boolean {
  return ORDINAL_SUFFIXES.has(lower);
}
