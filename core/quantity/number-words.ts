/**
 * English cardinal number words ("two", "eleven", "forty-two", "one hundred and sixty-four",
 * "a dozen", "two thousand"). Ordinals ("first", "22nd") are deliberately absent: they rank,
 * they do not count.
 */
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

const UNITS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  nil: 0,
  nought: 0,
  naught: 0,
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
const TEENS: Readonly<Record<string, number>> = wordTable({
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words that multiply what comes before them ("2.5 thousand", "three million"). */
export const SCALES: Readonly<Record<string, number>> = wordTable({
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  lakh: 100_000,
  crore: 10_000_000,
});

/** Plural scales read as their singular after a number: "two millions", "3 dozens". */
const PLURAL_SCALES: Readonly<Record<string, string>> = wordTable({
  hundreds: 'hundred',
  dozens: 'dozen',
  thousands: 'thousand',
  millions: 'million',
  billions: 'billion',
  trillions: 'trillion',
  lakhs: 'lakh',
  crores: 'crore',
});

/** The value of a single small number word ("seven", "twelve", "forty"), for fractions. */
export function smallNumberWord(lower: string): number | undefined {
  return UNITS[lower] ?? TEENS[lower] ?? TENS[lower];
}

/** Every word that is, or is part of, a cardinal number word: one set, one lookup per token. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...Object.keys(PLURAL_SCALES),
  'hundred',
  'dozen',
]);

/** True when the lower-cased word is a cardinal number word or part of one. */
export function isNumberWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower);
}

export interface WordNumber {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** True when the number is the single word "one" (often a pronoun, not a count). */
  loneOne: boolean;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** The parts of a word: "forty-two" -> ["forty", "two"]; null unless every part is a number word. */
function partsOf(token: Token): string[] | null {
  if (token.kind !== 'word') return null;
  if (!token.lower.includes('-')) {
    if (!isNumberWord(token.lower)) return null;
    return [PLURAL_SCALES[token.lower] ?? token.lower];
  }
  const parts = token.lower.split('-');
  return parts.every(isNumberWord) ? parts.map((part) => PLURAL_SCALES[part] ?? part) : null;
}

/**
 * Reads number words starting at tokens[index]. Follows the grammar of written numbers so that
 * "one two" stays two numbers and "hundred" alone is not a number; "a"/"an" only count before
 * hundred/thousand/million/dozen, "half a dozen" is 6, and "and" is only taken inside a number
 * ("one hundred and sixty-four"). Returns null when no number starts there.
 */
export function readNumberWords(tokens: readonly Token[], index: number): WordNumber | null {
  let i = index;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let consumed = 0;
  let pendingA = false;
  let end = index;
  const first = tokens[i];
  if (first?.kind === 'word' && first.lower === 'half') {
    const a = tokens[i + 1];
    const dozen = tokens[i + 2];
    if (a?.lower === 'a' && dozen?.lower === 'dozen')
      return { value: 6, next: i + 3, loneOne: false };
    return null;
  }
  if (first?.kind === 'word' && (first.lower === 'a' || first.lower === 'an')) {
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word') return null;
    if (!(next.lower === 'hundred' || next.lower === 'dozen' || next.lower in SCALES)) return null;
    pendingA = true;
    current = 1;
    i += 1;
  }
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (
      token.kind === 'word' &&
      token.lower === 'and' &&
      (last === 'hundred' || last === 'scale')
    ) {
      const after = tokens[i + 1];
      const parts = after ? partsOf(after) : null;
      const head = parts?.[0];
      if (head && (head in UNITS || head in TEENS || head in TENS) && UNITS[head] !== 0) {
        i += 1;
        continue;
      }
      break;
    }
    // "fifty - two": a tens word and a unit word around a spaced hyphen are one number.
    if (token.text === '-' && last === 'tens' && current % 10 === 0 && token.spaceBefore) {
      const unit = tokens[i + 1];
      if (unit?.spaceBefore && unit.kind === 'word' && (UNITS[unit.lower] ?? 0) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    const parts = partsOf(token);
    if (!parts) break;
    let ok = true;
    const before = { total, current, last, lastScale };
    for (const part of parts) {
      if (part in UNITS) {
        if (last === 'unit' || last === 'teen' || last === 'dozen') ok = false;
        else if (UNITS[part] === 0 && last !== 'none') ok = false;
        else {
          current += UNITS[part] ?? 0;
          last = 'unit';
        }
      } else if (part in TEENS) {
        if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'dozen') ok = false;
        else {
          current += TEENS[part] ?? 0;
          last = 'teen';
        }
      } else if (part in TENS) {
        if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'dozen') ok = false;
        else {
          current += TENS[part] ?? 0;
          last = 'tens';
        }
      } else if (part === 'hundred') {
        if (last === 'none' && !pendingA) ok = false;
        else if (last === 'hundred' || last === 'dozen' || current === 0 || current >= 100)
          ok = false;
        else {
          current *= 100;
          last = 'hundred';
        }
      } else if (part === 'dozen') {
        if ((last === 'none' && !pendingA) || current === 0 || current >= 100 || last === 'hundred')
          ok = false;
        else {
          current *= 12;
          last = 'dozen';
        }
      } else {
        const scale = SCALES[part] ?? 0;
        if (last === 'scale' && current === 0 && scale === 10_000_000 && lastScale < scale) {
          // "one lakh crore", "five thousand crore": the regional scale multiplies the whole.
          total *= scale;
          lastScale = scale;
        } else if ((last === 'none' && !pendingA) || current === 0 || scale >= lastScale)
          ok = false;
        else {
          total += current * scale;
          current = 0;
          lastScale = scale;
          last = 'scale';
        }
      }
      if (!ok) break;
      pendingA = false;
    }
    if (!ok) {
      ({ total, current } = before);
      break;
    }
    consumed += 1;
    i += 1;
    end = i;
    if (last === 'dozen') break;
  }
  if (consumed === 0) return null;
  const value = total + current;
  const loneOne = consumed === 1 && tokens[index]?.lower === 'one';
  return { value, next: end, loneOne };
}
