/**
 * Vague amounts ("dozens", "scores of", "hundreds", "thousands", "tens of thousands"). They
 * state no number, only an order of magnitude, so we read them as open lower bounds at two of
 * the unit: dozens = [24, inf), scores = [40, inf), hundreds = [200, inf), thousands =
 * [2000, inf), millions = [2000000, inf), "tens of thousands" = [20000, inf), "hundreds of
 * thousands" = [200000, inf). Always `approximate: true`, `kind: 'vague'`, no `value`.
 * The convention (the smallest plural) keeps "dozens" compatible with any report >= 24.
 */
import type { Figure } from './figure';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

const VAGUE: Readonly<Record<string, number>> = wordTable({
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
  billions: 1_000_000_000,
});

/** Multiplier for "tens of X" / "hundreds of X". */
const OF_SCALES: Readonly<Record<string, number>> = wordTable({
  thousands: 1_000,
  millions: 1_000_000,
  billions: 1_000_000_000,
});

export interface VagueAmount {
  figure: Figure;
  next: number;
}

/**
 * Reads a vague amount at tokens[index]. "scores" only counts when "of" follows (test scores
 * are not a number of anything); "tens" only as "tens of thousands/millions".
 */
export function readVague(tokens: readonly Token[], index: number): VagueAmount | null {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const ofToken = tokens[index + 1];
  const hasOf = ofToken?.kind === 'word' && ofToken.lower === 'of';
  let unit: number | undefined;
  let next = index + 1;
  if (token.lower === 'tens' || token.lower in VAGUE) {
    const base = token.lower === 'tens' ? 10 : (VAGUE[token.lower] ?? 0);
    const scaleWord = tokens[index + 2];
    const scale = hasOf && scaleWord ? OF_SCALES[scaleWord.lower] : undefined;
    if (scale !== undefined && scale > base) {
      unit = base * scale;
      next = index + 3;
    } else if (token.lower === 'tens') {
      return null;
    } else if (token.lower === 'scores' && !hasOf) {
      return null;
    } else {
      unit = base;
    }
  }
  if (unit === undefined) return null;
  return {
    figure: {
      low: unit * 2,
      high: null,
      lowInclusive: true,
      highInclusive: false,
      approximate: true,
      kind: 'vague',
    },
    next,
  };
}
