/**
 * Number words beyond whole cardinals: fractions ("two thirds", "one-third", "a quarter of",
 * "one and a half", "half a million", "a quarter of a million"), spoken decimals ("two point two
 * million"), "a pair" and "a couple of".
 * They wrap the cardinal grammar of number-words.ts rather than complicate it.
 */
import { readNumberWords, smallNumberWord } from './number-words';
import { SCALE_WORDS } from './scales';
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
});

/** Digit words of a spoken decimal ("point two five"). */
const DIGIT_WORDS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  oh: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});

export interface WordValue {
  value: number;
  decimals: number;
  next: number;
  loneOne: boolean;
}

function isPlural(lower: string): boolean {
  return lower.endsWith('s');
}

/**
 * A singular denominator ("third", "quarter") is also an ordinal ("a third suspect"): it counts
 * as a fraction only before "of" ("a third of the town"), and "half" always.
 */
function fractionWord(tokens: readonly Token[], index: number, numerator: number): number | null {
  const word = tokens[index];
  if (!word || word.kind !== 'word' || !word.spaceBefore) return null;
  const d = DENOMINATORS[word.lower];
  if (d === undefined) return null;
  if (isPlural(word.lower)) return numerator > 1 ? d : null;
  if (numerator !== 1) return null;
  if (word.lower === 'half' || tokens[index + 1]?.lower === 'of') return d;
  return null;
}

/** "two-thirds", "one-third", "three-quarters": one hyphenated token. */
function hyphenatedFraction(token: Token): number | null {
  if (token.kind !== 'word') return null;
  const dash = token.lower.lastIndexOf('-');
  if (dash <= 0) return null;
  const d = DENOMINATORS[token.lower.slice(dash + 1)];
  const n = smallNumberWord(token.lower.slice(0, dash));
  if (d === undefined || n === undefined || n === 0) return null;
  if (isPlural(token.lower) ? n < 2 : n !== 1) return null;
  return n / d;
}

/** A scale word right after a fractional amount: "one and a half million", "2.2 million". */
function trailingScale(tokens: readonly Token[], found: WordValue): WordValue {
  // "a quarter of a million", "two thirds of a billion"
  if (
    found.value < 1 &&
    tokens[found.next]?.lower === 'of' &&
    /^an?$/.test(tokens[found.next + 1]?.lower ?? '')
  ) {
    const scale = SCALE_WORDS[tokens[found.next + 2]?.lower ?? ''];
    if (scale !== undefined && scale >= 1000)
      return {
        value: Math.round(found.value * scale),
        decimals: 0,
        next: found.next + 3,
        loneOne: false,
      };
  }
  const word = tokens[found.next];
  const scale = word?.kind === 'word' ? SCALE_WORDS[word.lower] : undefined;
  if (scale === undefined || scale === 12 || found.value >= 1000) return found;
  const decimals = Math.max(0, found.decimals - Math.round(Math.log10(scale)));
  const value = Number((found.value * scale).toFixed(decimals));
  return { value, decimals, next: found.next + 1, loneOne: false };
}

/**
 * "a couple of days" = 2, "a couple hundred" / "a couple of thousand" = 2 x the scale. A bare
 * "a couple" (two people together) is no count.
 */
function coupleOf(tokens: readonly Token[], index: number): WordValue | null {
  const of = tokens[index + 2]?.lower === 'of';
  const scaleAt = index + (of ? 3 : 2);
  const scale = SCALE_WORDS[tokens[scaleAt]?.lower ?? ''];
  if (scale !== undefined && scale !== 12 && !isPlural(tokens[scaleAt]?.lower ?? ''))
    return { value: 2 * scale, decimals: 0, next: scaleAt + 1, loneOne: false };
  return of ? { value: 2, decimals: 0, next: index + 2, loneOne: false } : null;
}

/** Reads number words at tokens[index], fractions and spoken decimals included. */
export function readWordNumber(tokens: readonly Token[], index: number): WordValue | null {
  const head = tokens[index];
  if (!head || head.kind !== 'word') return null;
  const hyphenated = hyphenatedFraction(head);
  if (hyphenated !== null)
    return trailingScale(tokens, {
      value: hyphenated,
      decimals: 2,
      next: index + 1,
      loneOne: false,
    });
  if (head.lower === 'a' || head.lower === 'an') {
    const noun = tokens[index + 1];
    if (noun?.lower === 'pair') return { value: 2, decimals: 0, next: index + 2, loneOne: false };
    if (noun?.lower === 'couple') return coupleOf(tokens, index);
    const d = fractionWord(tokens, index + 1, 1);
    if (d !== null) {
      const value = { value: 1 / d, decimals: 2, next: index + 2, loneOne: false };
      return trailingScale(tokens, value);
    }
  }
  if (head.lower === 'half' && tokens[index + 1]?.lower === 'a') {
    const scaleWord = tokens[index + 2];
    const scale = scaleWord ? SCALE_WORDS[scaleWord.lower] : undefined;
    if (scale !== undefined && scale !== 100 && !isPlural(scaleWord?.lower ?? ''))
      return { value: scale / 2, decimals: 0, next: index + 3, loneOne: false };
  }
  const whole = readNumberWords(tokens, index);
  if (!whole) return null;
  const found: WordValue = {
    value: whole.value,
    decimals: 0,
    next: whole.next,
    loneOne: whole.loneOne,
  };
  const after = tokens[whole.next];
  // "one and a half", "two and a quarter"
  if (after?.lower === 'and' && /^an?$/.test(tokens[whole.next + 1]?.lower ?? '')) {
    const d = DENOMINATORS[tokens[whole.next + 2]?.lower ?? ''];
    if ((d === 2 || d === 4) && tokens[whole.next + 2]?.lower !== 'quarters') {
      const value = whole.value + 1 / d;
      return trailingScale(tokens, {
        value,
        decimals: d === 2 ? 1 : 2,
        next: whole.next + 3,
        loneOne: false,
      });
    }
  }
  // "two point two million"
  if (after?.lower === 'point' && whole.value < 1000) {
    let digits = '';
    let k = whole.next + 1;
    while (k < tokens.length) {
      const digit = DIGIT_WORDS[tokens[k]?.lower ?? ''];
      if (digit === undefined) break;
      digits += String(digit);
      k += 1;
    }
    if (digits.length > 0) {
      const value = Number(`${whole.value}.${digits}`);
      return trailingScale(tokens, { value, decimals: digits.length, next: k, loneOne: false });
    }
  }
  // "two thirds", "one half", "one quarter of"
  if (whole.value > 0 && whole.value < 100) {
    const d = fractionWord(tokens, whole.next, whole.value);
    if (d !== null)
      return trailingScale(tokens, {
        value: whole.value / d,
        decimals: 2,
        next: whole.next + 1,
        loneOne: false,
      });
  }
  return found;
}
