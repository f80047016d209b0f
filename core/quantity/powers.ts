/**
 * Powers written with a caret after digits: "10^6", "2.5^-1", "1.1^+23". The caret and its
 * exponent must be glued to the digits, so a caret between words or spaced apart is left alone.
 */
import type { Token } from './tokens';

/** Largest exponent we read: past it a figure cannot be stated. */
const MAX_POWER = 308;

/** The exponent after a glued "^" at tokens[index]: [power, tokens used], or null. */
export function caretPowerAt(tokens: readonly Token[], index: number): [number, number] | null {
  const caret = tokens[index];
  if (caret?.text !== '^' || caret.spaceBefore) return null;
  let k = index + 1;
  let sign = 1;
  const mark = tokens[k];
  if ((mark?.text === '+' || mark?.text === '-') && !mark.spaceBefore) {
    sign = mark.text === '-' ? -1 : 1;
    k += 1;
  }
  const power = tokens[k];
  if (power?.kind !== 'number' || power.spaceBefore || !/^\d{1,3}$/.test(power.text)) return null;
  const value = sign * Number(power.text);
  if (Math.abs(value) > MAX_POWER) return null;
  return [value, k + 1 - index];
}

/** Decimals worth reporting for a computed value (15 significant digits at most). */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Math.min(20, Math.max(0, 14 - Math.floor(Math.log10(Math.abs(value)))));
}
