/**
 * Number words beyond whole cardinals: fractions ("two thirds", "one-third", "a quarter of",
 * "one and a half", "half a million", "a quarter of a million"), spoken decimals ("two point two
 * million"), "a pair" and "a couple of".
 * They wrap the cardinal grammar of number-words.ts rather than complicate it.
 */
import {
  denominatorOf,
  fractionWord,
  isCompoundOrdinal,
  isPluralDenominator,
  isUnitOrdinal,
  spacedCompoundFraction,
} from './denominators';
import { readNumberWords, smallNumberWord } from './number-words';
import { SCALE_WORDS } from './scales';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

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

/** "two-thirds", "one-third", "three-quarters": one hyphenated token. */
function hyphenatedFraction(token: Token): number | null {
  if (token.kind !== 'word') return null;
  const dash = token.lower.lastIndexOf('-');
  if (dash <= 0) return null;
  // "thirty-fifths" is one denominator (1/35), never 30/5.
  if (isCompoundOrdinal(token.lower)) return null;
  const d = denominatorOf(token.lower.slice(dash + 1));
  const n = smallNumberWord(token.lower.slice(0, dash));
  if (d === undefined || n === undefined || n === 0) return null;
  if (isPluralDenominator(token.lower) ? n < 2 : n !== 1) return null;
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
  if (scale !== undefined && scale !== 12 && !isPluralDenominator(tokens[scaleAt]?.lower ?? ''))
    return { value: 2 * scale, decimals: 0, next: scaleAt + 1, loneOne: false };
  return of ? { value: 2, decimals: 0, next: index + 2, loneOne: false } : null;
}

/**
 * The proper fraction after "and" in a mixed number: "a half", "a quarter", "a fifth." (a
 * singular only where no ordinal can be), "three fifths" (numerator below the denominator).
 */
function properFraction(
  tokens: readonly Token[],
  index: number,
): { value: number; decimals: number; next: number } | null {
  const head = tokens[index];
  if (!head || head.kind !== 'word') return null;
  if (head.lower === 'a' || head.lower === 'an') {
    const word = tokens[index + 1]?.lower ?? '';
    const d = denominatorOf(word);
    // "and a half", "and a quarter" before any noun ("two and a half miles"); others as ordinals.
    const loose = d === 2 || (d === 4 && word === 'quarter');
    const dd = loose ? d : fractionWord(tokens, index + 1, 1);
    if (dd === null || dd === undefined || isPluralDenominator(word)) return null;
    return { value: 1 / dd, decimals: dd === 2 ? 1 : 2, next: index + 2 };
  }
  const hyphenated = hyphenatedFraction(head);
  if (hyphenated !== null && hyphenated < 1)
    return { value: hyphenated, decimals: 2, next: index + 1 };
  const n = smallNumberWord(head.lower);
  if (n === undefined || n < 1) return null;
  const d = fractionWord(tokens, index + 1, n);
  if (d === null || n >= d) return null;
  return { value: n / d, decimals: 2, next: index + 2 };
}

/**
 * A spaced compound ordinal as the denominator: after the numerator ("three twenty firsts" is
 * 3/21), or opened by the numerator's own last tens word when no "and" binds it ("one hundred
 * thirty fifths" is 100/35; "one hundred and thirty fifths" stays 130/5).
 */
function compoundDenominator(
  tokens: readonly Token[],
  index: number,
  value: number,
  next: number,
): WordValue | null {
  const after = spacedCompoundFraction(tokens, next, value);
  if (after !== null) return { value: value / after, decimals: 2, next: next + 2, loneOne: false };
  const last = tokens[next - 1];
  const tens = last && !last.lower.includes('-') ? smallNumberWord(last.lower) : undefined;
  if (next - 1 <= index || tens === undefined || tokens[next - 2]?.lower === 'and') return null;
  const numerator = value - tens;
  const d = numerator > 0 ? spacedCompoundFraction(tokens, next - 1, numerator) : null;
  return d === null ? null : { value: numerator / d, decimals: 2, next: next + 1, loneOne: false };
}

/** The number words after the last "and" of a whole read from `from` to `next`, if any. */
function tailAfterAnd(tokens: readonly Token[], from: number, next: number): number | null {
  for (let j = next - 1; j > from; j -= 1) {
    if (tokens[j]?.lower !== 'and') continue;
    const tail = readNumberWords(tokens, j + 1);
    return tail && tail.next === next ? tail.value : null;
  }
  return null;
}

/** Digits of a spoken decimal: "zero three" -> "03", "seventy-one" -> "71". */
function spokenDigits(tokens: readonly Token[], from: number): [string, number] {
  let digits = '';
  let k = from;
  while (k < tokens.length) {
    const lower = tokens[k]?.lower ?? '';
    const digit = DIGIT_WORDS[lower];
    if (digit !== undefined) {
      digits += String(digit);
      k += 1;
      continue;
    }
    // "point seventy-one", "point twelve": a two-digit word, only first.
    if (k === from) {
      const two = twoDigitWord(lower);
      if (two !== undefined) return [String(two), k + 1];
    }
    break;
  }
  return [digits, k];
}

/** A tens word alone ("twenty" .. "ninety"). */
function isTensWord(lower: string): boolean {
  const n = smallNumberWord(lower);
  return n !== undefined && n >= 20 && n % 10 === 0;
}

/** "seventy-one" 71, "twelve" 12, "forty" 40: the two-digit number words. */
function twoDigitWord(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash === -1) {
    const n = smallNumberWord(lower);
    return n !== undefined && n >= 10 ? n : undefined;
  }
  const tens = smallNumberWord(lower.slice(0, dash));
  const unit = smallNumberWord(lower.slice(dash + 1));
  if (tens === undefined || unit === undefined) return undefined;
  return tens >= 20 && tens % 10 === 0 && unit >= 1 && unit <= 9 ? tens + unit : undefined;
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
    if (scale !== undefined && scale !== 100 && !isPluralDenominator(scaleWord?.lower ?? ''))
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
  // "one and a half", "two and a quarter", "twenty and three fifths"
  if (after?.lower === 'and') {
    const part = properFraction(tokens, whole.next + 1);
    if (part)
      return trailingScale(tokens, {
        value: whole.value + part.value,
        decimals: part.decimals,
        next: part.next,
        loneOne: false,
      });
  }
  // "two point two million", "two hundred point seventy-one"
  if (after?.lower === 'point' && whole.value < 1000) {
    const [digits, k] = spokenDigits(tokens, whole.next + 1);
    if (digits.length > 0) {
      const value = Number(`${whole.value}.${digits}`);
      return trailingScale(tokens, { value, decimals: digits.length, next: k, loneOne: false });
    }
  }
  const compound =
    whole.value > 0 ? compoundDenominator(tokens, index, whole.value, whole.next) : null;
  if (compound) return trailingScale(tokens, compound);
  // "twenty first", "one hundred thirty third": a spaced ordinal, no count.
  const lastWord = tokens[whole.next - 1]?.lower ?? '';
  const ordinal = tokens[whole.next];
  if (ordinal?.spaceBefore && isUnitOrdinal(ordinal.lower) && isTensWord(lastWord)) return null;
  // "two thirds", "one fifth of", "a hundred trillionths", "one hundred and three quarters"
  if (whole.value > 0) {
    const d = fractionWord(tokens, whole.next, whole.value);
    if (d !== null) {
      const tail = tailAfterAnd(tokens, index, whole.next);
      // A mixed number's part is a proper fraction: "one hundred and three quarters" is
      // 100 + 3/4, "one hundred and thirty fifths" is 130/5.
      const value = tail !== null && tail < d ? whole.value - tail + tail / d : whole.value / d;
      return trailingScale(tokens, { value, decimals: 2, next: whole.next + 1, loneOne: false });
    }
  }
  return found;
}
