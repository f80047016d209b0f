/**
 * Numbers written with digits, as a small grammar over tokens:
 *   groups ("1,900", "40 000") decimals? fraction? ("1/4", "1½", "1 1/2") exponent? ("1e10")
 *   magnitude? ("100K", "2bn") scale words* ("2.5 million", "3 dozens", "30 lakh",
 *   "3 hundred and 21").
 * Units, qualifiers and what is not a figure are decided by the callers from the whole token.
 */
import { caretPowerAt, decimalsOf } from './powers';
import { magnitudeSuffix, SCALE_WORDS, scaleMayFollow } from './scales';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

/** A number read from tokens[first, next). */
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
  /** The multiplier that scale words or suffixes applied (1 when none): "1.2 to 1.5 million". */
  scale: number;
}

/** Vulgar fraction characters. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = wordTable({
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
});

const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 64, 100]);

/** Decimals reported for a fraction, so "about 2/3" gets a band at two decimals. */
const FRACTION_DECIMALS = 2;

/** Parses a digit string ("1,900", "1.25", "40000"); null when malformed ("1.2.3"). */
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
  if (decimals > 12) return value * scale;
  const digits = Math.round(value * 10 ** decimals);
  return (digits * scale) / 10 ** decimals;
}

/** Spaces that group thousands: plain, no-break, thin and narrow no-break. */
function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

const THREE_DIGITS = /^\d{3}(\.\d+)?$/;

/** "40 000", "1 250 000": groups of three digits joined by one space, after a 1-3 digit head. */
function spaceGroups(text: string, tokens: readonly Token[], index: number): [string, number] {
  const head = tokens[index];
  let written = head?.text ?? '';
  let next = index + 1;
  if (!head || !/^\d{1,3}$/.test(head.text)) return [written, next];
  let prevEnd = head.end;
  // At most five groups (10^18): a run of "000 000 ..." must not be re-read from every group.
  for (let groups = 0; groups < 5; groups += 1) {
    const group = tokens[next];
    if (!group || group.kind !== 'number' || !THREE_DIGITS.test(group.text)) break;
    if (group.start - prevEnd !== 1 || !isGroupSpace(text.charCodeAt(prevEnd))) break;
    written += group.text;
    prevEnd = group.end;
    next += 1;
    if (group.text.includes('.')) break;
  }
  return [written, next];
}

/** "1/4", "3/8": a proper fraction glued together, not a date ("12/3") or a third "/" part. */
function gluedFraction(tokens: readonly Token[], index: number, numerator: number): number | null {
  const slash = tokens[index];
  const denominator = tokens[index + 1];
  if (slash?.text !== '/' || slash.spaceBefore) return null;
  if (denominator?.kind !== 'number' || denominator.spaceBefore) return null;
  if (!/^\d+$/.test(denominator.text)) return null;
  const after = tokens[index + 2];
  if (after && !after.spaceBefore && (after.text === '/' || after.kind === 'number')) return null;
  const d = Number(denominator.text);
  // "12/25", "9/11" and "1/6" are dates, "24/7" an idiom: only the usual denominators.
  // From 32 to 999 no date reads it ("1/40"; "3/2021" is a month); else the usual denominators.
  if (!FRACTION_DENOMINATORS.has(d) && (d <= 31 || d > 999)) return null;
  if (!Number.isInteger(numerator) || numerator <= 0 || d < 2 || numerator >= d) return null;
  return numerator / d;
}

/** Most decimals a figure keeps (what rounding in the interval code can take). */
const MAX_DECIMALS = 20;

/** "1e10", "1.5e-3", "2e+6": a glued exponent; returns [power, tokens used] or null. */
function exponentAt(tokens: readonly Token[], index: number): [number, number] | null {
  const word = tokens[index];
  if (!word || word.kind !== 'word' || word.spaceBefore) return null;
  const tight = /^[eE](-?\d{1,3})$/.exec(word.text);
  if (tight) return [Number(tight[1]), 1];
  const plus = tokens[index + 1];
  const power = tokens[index + 2];
  if (
    (word.text === 'e' || word.text === 'E') &&
    plus?.text === '+' &&
    !plus.spaceBefore &&
    power?.kind === 'number' &&
    !power.spaceBefore &&
    /^\d{1,3}$/.test(power.text)
  )
    return [Number(power.text), 3];
  return null;
}

/**
 * Reads a digit number at tokens[index] (a 'number' token). `money` says a currency sign came
 * first, so "m"/"b" are million/billion rather than metres/bytes. Null when malformed.
 */
export function readDigits(
  text: string,
  tokens: readonly Token[],
  index: number,
  money: boolean,
): ReadNumber | null {
  const token = tokens[index];
  if (token?.kind !== 'number') return null;
  const [written, afterGroups] = spaceGroups(text, tokens, index);
  const parsed = parseDigits(written);
  if (!parsed) return null;
  let { value, decimals } = parsed;
  let next = afterGroups;
  let scale = 1;
  let shaped = afterGroups > index + 1;

  const fraction = decimals === 0 ? gluedFraction(tokens, next, value) : null;
  if (fraction !== null) {
    value = fraction;
    decimals = FRACTION_DECIMALS;
    next += 2;
    shaped = true;
  } else {
    const glued = tokens[next];
    const vulgar = glued && !glued.spaceBefore ? VULGAR_FRACTIONS[glued.text] : undefined;
    const mixed = tokens[next];
    if (vulgar !== undefined && decimals === 0) {
      value += vulgar;
      decimals = FRACTION_DECIMALS;
      next += 1;
      shaped = true;
    } else if (decimals === 0 && mixed?.kind === 'number' && /^\d$/.test(mixed.text)) {
      // "1 1/2": a whole number and a proper fraction.
      const part = gluedFraction(tokens, next + 1, Number(mixed.text));
      if (part !== null) {
        value += part;
        decimals = FRACTION_DECIMALS;
        next += 3;
        shaped = true;
      }
    }
  }

  const exponent = exponentAt(tokens, next);
  if (exponent) {
    const [power, used] = exponent;
    value = Number(`${written.replace(/,/g, '')}e${power}`);
    decimals = Math.max(0, decimals - power);
    // Past what a figure can state ("2.5e-340" underflows to 0; "1e-30" has 30 decimals).
    if (!Number.isFinite(value) || decimals > MAX_DECIMALS) return null;
    next += used;
    shaped = true;
  }

  const caret = exponent ? null : caretPowerAt(tokens, next);
  if (caret) {
    const [power, used] = caret;
    value = value ** power;
    if (!Number.isFinite(value) || value === 0) return null;
    decimals = decimalsOf(value);
    if (decimals > MAX_DECIMALS) return null;
    next += used;
    shaped = true;
  }

  const suffix = tokens[next];
  const magnitude =
    suffix?.kind === 'word' && !suffix.spaceBefore
      ? magnitudeSuffix(suffix.text, money, decimals > 0)
      : undefined;
  if (magnitude !== undefined) {
    value = scaleExactly(value, decimals, magnitude);
    decimals = Math.max(0, decimals - Math.round(Math.log10(magnitude)));
    scale = magnitude;
    next += 1;
  }

  let lastScale = magnitude ?? Infinity;
  for (;;) {
    const word = tokens[next];
    if (!word || word.kind !== 'word' || !word.spaceBefore) break;
    const factor = SCALE_WORDS[word.lower];
    if (factor === undefined || !scaleMayFollow(lastScale, factor)) break;
    if (factor === 12 && (decimals > 0 || scale > 1)) break;
    value = scaleExactly(value, decimals, factor);
    decimals = Math.max(0, decimals - Math.round(Math.log10(factor)));
    scale *= factor;
    lastScale = factor;
    next += 1;
    if (factor === 12) break;
    // "3 hundred and 21": the split compound.
    const and = tokens[next];
    const rest = tokens[next + 1];
    if (factor === 100 && and?.lower === 'and' && rest?.kind === 'number') {
      const tail = /^\d{1,2}$/.test(rest.text) ? Number(rest.text) : NaN;
      const afterRest = tokens[next + 2];
      const glued = afterRest && !afterRest.spaceBefore;
      if (Number.isFinite(tail) && !glued && decimals === 0) {
        value += tail;
        next += 2;
        break;
      }
    }
  }
  const yearLike =
    !shaped && scale === 1 && /^\d{4}$/.test(token.text) && value >= 1000 && value <= 2100;
  return { value, decimals, first: index, next, words: false, yearLike, loneOne: false, scale };
}
