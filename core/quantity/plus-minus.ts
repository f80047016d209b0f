/**
 * A stated value with its margin: "9.83 ± 0.01", "12 +/- 2", "40 +- 5". The interval is
 * [value - margin, value + margin], both ends included, at the precision the text wrote.
 */
import type { Figure } from './figure';
import { readNumber, type ReadNumber } from './numeric';
import type { Token } from './tokens';

/** Tokens of the margin sign at tokens[index] ("±", "+/-", "+-"), or 0 when there is none. */
function marginSign(tokens: readonly Token[], index: number): number {
  const first = tokens[index];
  if (first?.text === '\u00b1') return 1;
  if (first?.text !== '+') return 0;
  const second = tokens[index + 1];
  const third = tokens[index + 2];
  if (second?.text === '-' && !second.spaceBefore) return 2;
  if (second?.text === '/' && !second.spaceBefore && third?.text === '-' && !third.spaceBefore)
    return 3;
  return 0;
}

/**
 * The figure "value ± margin" makes when a margin follows the number read (tokens[index] is
 * the token after it), with the index after the margin; null when none follows.
 */
export function readPlusMinus(
  text: string,
  tokens: readonly Token[],
  index: number,
  value: ReadNumber,
  money: boolean,
): { figure: Figure; next: number } | null {
  const used = marginSign(tokens, index);
  if (used === 0) return null;
  const margin = readNumber(text, tokens, index + used, money);
  if (!margin || margin.words !== value.words || !(margin.value > 0)) return null;
  const decimals = Math.min(20, Math.max(value.decimals, margin.decimals));
  const low = Number((value.value - margin.value).toFixed(decimals));
  const high = Number((value.value + margin.value).toFixed(decimals));
  return {
    figure: {
      low,
      high,
      lowInclusive: true,
      highInclusive: true,
      approximate: false,
      kind: 'range',
      value: value.value,
    },
    next: margin.next,
  };
}
