/**
 * Reads one number at a token: digits ("1,900", "1.2", "2.5 thousand", "3 dozen") or number
 * words ("one hundred and sixty-four", "a dozen"). Exact arithmetic on the digit string, so
 * "1.1 million" is 1100000, not 1100000.0000000002.
 */
import { readNumberWords, SCALES } from './number-words';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

export interface ReadNumber {
  value: number;
  /** Digits after the decimal point as written, for rounding bands at the stated precision. */
  decimals: number;
  /** Index of the first token of the number and of the first token after it. */
  first: number;
  next: number;
  /** Written in words. */
  words: boolean;
  /** A bare four-digit number 1000..2100 with no separator or scale: possibly a year. */
  yearLike: boolean;
  /** The single word "one", often a pronoun ("one of", "one suspect"). */
  loneOne: boolean;
}

/** Parses a digit token ("1,900", "1.25"); null when malformed ("1.2.3"). */
export function parseDigits(text: string): { value: number; decimals: number } | null {
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot !== -1 && plain.indexOf('.', dot + 1) !== -1) return null;
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  return { value, decimals: dot === -1 ? 0 : plain.length - dot - 1 };
}

/** value * scale computed on the integer digits so binary floating point cannot creep in. */
export function scaleExactly(value: number, decimals: number, scale: number): number {
  const digits = Math.round(value * 10 ** decimals);
  return (digits * scale) / 10 ** decimals;
}

/** Multiplier words accepted after digits. */
const DIGIT_SCALES: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  dozen: 12,
  ...SCALES,
});
/** Short scale suffixes after currency amounts: "$5m", "€2bn", "£10k". */
export const SHORT_SCALES: Readonly<Record<string, number>> = wordTable({
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
});

/** Reads a number (digits plus optional scale words, or number words) at tokens[index]. */
export function readNumber(tokens: readonly Token[], index: number): ReadNumber | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'number') {
    const parsed = parseDigits(token.text);
    if (!parsed) return null;
    let { value, decimals } = parsed;
    let next = index + 1;
    let scaled = false;
    let lastScale = Infinity;
    for (;;) {
      const word = tokens[next];
      if (!word || word.kind !== 'word' || !word.spaceBefore) break;
      const scale = DIGIT_SCALES[word.lower];
      // Scales shrink left to right, except "hundred thousand" / "hundred million".
      if (scale === undefined || scale === lastScale || (scale > lastScale && lastScale !== 100))
        break;
      if (scale === 12 && (decimals > 0 || scaled)) break;
      value = scaleExactly(value, decimals, scale);
      decimals = Math.max(0, decimals - Math.round(Math.log10(scale)));
      lastScale = scale;
      scaled = true;
      next += 1;
      if (scale === 12) break;
    }
    const yearLike =
      !scaled && /^\d{4}$/.test(token.text) && parsed.value >= 1000 && parsed.value <= 2100;
    return { value, decimals, first: index, next, words: false, yearLike, loneOne: false };
  }
  const words = readNumberWords(tokens, index);
  if (!words) return null;
  return {
    value: words.value,
    decimals: 0,
    first: index,
    next: words.next,
    words: true,
    yearLike: false,
    loneOne: words.loneOne,
  };
}
