/**
 * The denominators of fractions written in words: "thirds", "a fifth", "hundredths", "a
 * millionth", and compound ordinals ("twenty-fifths" is 1/25, not 20/5). A singular
 * denominator is also an ordinal ("a third suspect"), so it is a fraction only where an ordinal
 * cannot be: before "of", at the end of a clause, or "half".
 */
import { smallNumberWord } from './number-words';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

const DENOMINATORS: Readonly<Record<string, number>> = wordTable({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1e3,
  thousandths: 1e3,
  millionth: 1e6,
  millionths: 1e6,
  billionth: 1e9,
  billionths: 1e9,
  trillionth: 1e12,
  trillionths: 1e12,
});

/**
 * Ordinal units that end a compound ordinal ("twenty-first", "thirty-fifths"): first and second,
 * then the denominators' own words from third to ninth (a quarter and a half end none).
 */
const UNIT_ORDINALS: Readonly<Record<string, number>> = wordTable({
  first: 1,
  firsts: 1,
  second: 2,
  seconds: 2,
  ...Object.fromEntries(
    Object.entries(DENOMINATORS).filter(
      ([word, value]) => value >= 3 && value <= 9 && !/^(?:quarters?|halves|half)$/u.test(word),
    ),
  ),
});

/** True for a singular ordinal unit ("first" .. "ninth"), which makes "twenty first" an ordinal. */
export function isUnitOrdinal(lower: string): boolean {
  return UNIT_ORDINALS[lower] !== undefined && !isPluralDenominator(lower);
}

/** "forty-fifth" -> 45: a tens word and an ordinal unit. */
function compoundOrdinal(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash <= 0 || lower.indexOf('-', dash + 1) !== -1) return undefined;
  const tens = smallNumberWord(lower.slice(0, dash));
  const unit = UNIT_ORDINALS[lower.slice(dash + 1)];
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0) return undefined;
  return tens + unit;
}

/** The denominator a word names ("fifths" 5, "twenty-fifth" 25), if it names one. */
export function denominatorOf(lower: string): number | undefined {
  return DENOMINATORS[lower] ?? compoundOrdinal(lower);
}

/** True for the plural of a denominator ("thirds", "halves"). */
export function isPluralDenominator(lower: string): boolean {
  return lower.endsWith('s');
}

/** True when a compound-ordinal prefix + unit ("thirty-fifths") is one denominator. */
export function isCompoundOrdinal(lower: string): boolean {
  return compoundOrdinal(lower) !== undefined;
}

const JOINING_WORDS = new Set(['and', 'or', 'to', 'but']);

const CLAUSE_ENDS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', '\u201d']);

/** No more words of the phrase after a singular denominator: the end, or a clause mark. */
function endsClause(token: Token | undefined): boolean {
  return token === undefined || (token.kind === 'punct' && CLAUSE_ENDS.has(token.text));
}

/** Whether the denominator word at tokens[index] fits the numerator (plural, or singular). */
function fits(
  tokens: readonly Token[],
  index: number,
  numerator: number,
  d: number,
): number | null {
  const word = tokens[index];
  if (!word) return null;
  if (isPluralDenominator(word.lower)) return numerator > 1 ? d : null;
  if (numerator !== 1) return null;
  const next = tokens[index + 1];
  if (word.lower === 'half' || next?.lower === 'of' || endsClause(next)) return d;
  // "above one quarter and below a half": after the word "one" (never "a": "a third and final
  // try"), a conjunction ends the fraction too.
  const one = tokens[index - 1]?.lower === 'one';
  return one && JOINING_WORDS.has(next?.lower ?? '') ? d : null;
}

/**
 * The denominator at tokens[index] for a numerator already read, or null: a plural after a
 * numerator above one ("two thirds"), a singular after one where no ordinal can be ("one fifth
 * of", "a third.", "half").
 */
export function fractionWord(
  tokens: readonly Token[],
  index: number,
  numerator: number,
): number | null {
  const word = tokens[index];
  if (!word || word.kind !== 'word' || !word.spaceBefore) return null;
  const d = denominatorOf(word.lower);
  return d === undefined ? null : fits(tokens, index, numerator, d);
}

/**
 * "three twenty fifths" (3/25): a tens word and an ordinal unit, spaced, as one denominator
 * after a numerator, as "twenty-fifths" is. Null unless tokens[index] opens one that fits.
 */
export function spacedCompoundFraction(
  tokens: readonly Token[],
  index: number,
  numerator: number,
): number | null {
  const tens = tokens[index];
  const unit = tokens[index + 1];
  if (tens?.kind !== 'word' || unit?.kind !== 'word' || !tens.spaceBefore || !unit.spaceBefore)
    return null;
  const t = smallNumberWord(tens.lower);
  const u = UNIT_ORDINALS[unit.lower];
  if (t === undefined || u === undefined || t < 20 || t % 10 !== 0) return null;
  return fits(tokens, index + 1, numerator, t + u);
}
