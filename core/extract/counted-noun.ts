/**
 * The head word of what a figure counts: the last word of its unit ("car bombs" -> bombs), or
 * of a noun written in quotes right after a bare figure (two “suicide bombings”), or of a thing
 * counted after "more" (12 more houses).
 */
import type { Token } from '../quantity/tokens';
import { THING_UNITS, UNIT_MEASURES } from './lexicon';

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
/** Words read inside quotes after a figure for its counted noun. */
const QUOTED_NOUN_WORDS = 3;

/**
 * The last word of a counted noun written in quotes right after a bare figure: in 'died in two
 * “suicide bombings”' the figure counts bombings, whatever cue stands before it.
 */
function quotedNounHead(tokens: readonly Token[], endToken: number): string {
  if (!OPENING_QUOTES.has(tokens[endToken]?.text ?? '')) return '';
  let head = '';
  for (let i = endToken + 1; i <= endToken + QUOTED_NOUN_WORDS; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') break;
    head = token.lower;
  }
  return head;
}

function unitHead(unit: string): string {
  const words = unit.toLowerCase().split(/\s+/);
  // Quotes and brackets around a unit ("two “suicide bombings”") are not part of its noun.
  return (words[words.length - 1] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const INCREMENTS = new Set(['more', 'additional', 'further', 'other']);

/**
 * A thing counted after "more" ("at least 12 more houses", "two further bombs"), which the
 * figure's unit does not take in. Only nouns that are never people: "two more died" counts
 * whoever died.
 */
function thingAfterIncrement(tokens: readonly Token[], endToken: number): string {
  if (!INCREMENTS.has(tokens[endToken]?.lower ?? '')) return '';
  const next = tokens[endToken + 1]?.lower ?? '';
  return THING_UNITS.has(next) || UNIT_MEASURES[next] ? next : '';
}

/** The counted noun's head word, lower case, or '' when the figure names none. */
export function countedNounHead(
  unit: string | undefined,
  tokens: readonly Token[],
  endToken: number,
): string {
  if (unit) return unitHead(unit);
  return quotedNounHead(tokens, endToken) || thingAfterIncrement(tokens, endToken);
}
