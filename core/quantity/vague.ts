/**
 * Vague amounts ("dozens", "scores of", "hundreds", "thousands", "tens of thousands"). They
 * state no number, only an order of magnitude, so we read them as open lower bounds at two of
 * the unit: dozens = [24, inf), scores = [40, inf), hundreds = [200, inf), thousands =
 * [2000, inf), millions = [2000000, inf), "tens of thousands" = [20000, inf), "hundreds of
 * thousands" = [200000, inf). Always `approximate: true`, `kind: 'vague'`, no `value`.
 * The convention (the smallest plural) keeps "dozens" compatible with any report >= 24;
 * "several hundred" and "a few thousand" follow it ([200, inf), [2000, inf)).
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

/** Scales after "several" / "a few": "several hundred", "a few thousand", "a few dozen". */
const FEW_SCALES: Readonly<Record<string, number>> = wordTable({
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
});

/**
 * "several hundred", "a few thousand", "a few hundred thousand": like "hundreds", an open lower
 * bound at two of the scale (several hundred = [200, inf)). "a few" and "several" alone state
 * no scale and stay no figure.
 */
function fewOf(tokens: readonly Token[], index: number): VagueAmount | null {
  let i = index;
  if (tokens[i]?.lower === 'a' && tokens[i + 1]?.lower === 'few') i += 1;
  const word = tokens[i]?.lower;
  if (word !== 'several' && !(word === 'few' && i > index)) return null;
  let scale = FEW_SCALES[tokens[i + 1]?.lower ?? ''];
  if (scale === undefined) return null;
  let next = i + 2;
  const more = FEW_SCALES[tokens[next]?.lower ?? ''];
  if (scale === 100 && more !== undefined && more > 100) {
    scale *= more;
    next += 1;
  }
  return { figure: vagueFigure(scale), next };
}

/**
 * The figure a vague plural of a scale states, by the house convention: "hundreds" is at
 * least two hundred ("dozens" at least 24), approximate, with no upper bound. One home for
 * every language's table ("сотни", "десятки тысяч").
 */
export function vagueFigure(scale: number): Figure {
  return {
    low: scale * 2,
    high: null,
    lowInclusive: true,
    highInclusive: false,
    approximate: true,
    kind: 'vague',
  };
}

/** Digits that, with a glued "s" and "of", are a vague plural ("100s of people"). */
const DIGIT_PLURALS: Readonly<Record<string, string>> = wordTable({
  '10': 'tens',
  '100': 'hundreds',
  '1000': 'thousands',
  '1,000': 'thousands',
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
  if (!token) return null;
  // "100s of", "1,000s of", "10s of thousands": the plural written with digits.
  const digitWord = token.kind === 'number' ? DIGIT_PLURALS[token.text] : undefined;
  const glued = tokens[index + 1];
  const isDigitPlural =
    digitWord !== undefined &&
    glued?.text === 's' &&
    !glued.spaceBefore &&
    tokens[index + 2]?.lower === 'of';
  if (token.kind !== 'word' && !isDigitPlural) return null;
  const lower = isDigitPlural ? (digitWord ?? '') : token.lower;
  const at = isDigitPlural ? index + 1 : index;
  const some = fewOf(tokens, index);
  if (some) return some;
  const ofToken = tokens[at + 1];
  const hasOf = ofToken?.kind === 'word' && ofToken.lower === 'of';
  let unit: number | undefined;
  let next = at + 1;
  if (lower === 'tens' || lower in VAGUE) {
    const base = lower === 'tens' ? 10 : (VAGUE[lower] ?? 0);
    const scaleWord = tokens[at + 2];
    const scale = hasOf && scaleWord ? OF_SCALES[scaleWord.lower] : undefined;
    if (scale !== undefined && scale > base) {
      unit = base * scale;
      next = at + 3;
    } else if (lower === 'tens') {
      return null;
    } else if (lower === 'scores' && !hasOf) {
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
