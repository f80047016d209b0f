/**
 * Scale words and magnitude suffixes: "thousand", "2.5 million", "3 dozens", "30 lakh",
 * "2 crore", "100K", "1.2M", "2bn", "$2.174T". One table per way of writing them, so the digit
 * and the word grammars agree on what "million" is worth.
 */
import { wordTable } from '../text/word-table';

/** Scale words after a number, with their plurals ("2 dozens", "two millions"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  hundreds: 100,
  dozen: 12,
  dozens: 12,
  thousand: 1_000,
  thousands: 1_000,
  lakh: 100_000,
  lakhs: 100_000,
  lac: 100_000,
  lacs: 100_000,
  million: 1_000_000,
  millions: 1_000_000,
  crore: 10_000_000,
  crores: 10_000_000,
  billion: 1_000_000_000,
  billions: 1_000_000_000,
  trillion: 1_000_000_000_000,
  trillions: 1_000_000_000_000,
});

/**
 * True when scale `next` may follow scale `last` in one number. Scales shrink left to right
 * ("two million three hundred thousand" is read as separate groups by the word grammar), except
 * "hundred thousand" and the South Asian "lakh crore" / "thousand crore".
 */
export function scaleMayFollow(last: number, next: number): boolean {
  if (next < last) return true;
  if (last === 100 && next > 100) return true;
  return next === 10_000_000 && (last === 100_000 || last === 1_000);
}

/**
 * Suffixes glued to digits that multiply them, as written (case matters: "5M" is five million,
 * "5m" five metres unless money is being counted, "$5m").
 */
const SUFFIXES: Readonly<Record<string, number>> = wordTable({
  k: 1_000,
  K: 1_000,
  M: 1_000_000,
  mn: 1_000_000,
  Mn: 1_000_000,
  mil: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
  Bn: 1_000_000_000,
  bln: 1_000_000_000,
  tn: 1_000_000_000_000,
  trn: 1_000_000_000_000,
});

/**
 * Suffixes that multiply only after a currency sign ("$5m", "£2B", "$2.174T"): without one,
 * "3B" is a flat or a class and "5T" a truck, not three billion or five trillion.
 */
const MONEY_SUFFIXES: Readonly<Record<string, number>> = wordTable({
  m: 1_000_000,
  b: 1_000_000_000,
  t: 1_000_000_000_000,
});

/**
 * The multiplier of a glued magnitude suffix, or undefined when `written` is none. `decimal`:
 * the digits have a decimal point, so a "b" is billions ("1.2b"): no flat or class is "1.2B".
 * ("2.5m" stays metres and "1.5t" tonnes.)
 */
export function magnitudeSuffix(
  written: string,
  money: boolean,
  decimal = false,
): number | undefined {
  const lower = written.toLowerCase();
  if (decimal && lower === 'b') return 1_000_000_000;
  return SUFFIXES[written] ?? (money ? MONEY_SUFFIXES[lower] : undefined);
}
