/**
 * Figures that count who was there, not who was hurt: "thousands of people had gathered",
 * "some 300 worshippers were at prayer". A cue of harm nearby ("were hurt in the attacks, at
 * which thousands had gathered") belongs to another figure; these are a crowd's size.
 */
import type { Token } from '../quantity/tokens';
import { CLAUSE_BREAKS } from './parts';

/** Verbs of being somewhere together, as they follow the counted people. */
const PRESENCE_VERBS = new Set(
  'gathered assembled congregated attended attending packed crowded present'.split(' '),
);
/** Words allowed between the figure's noun and the verb ("had", "were", "already"). */
const AUXILIARIES = new Set('had have has were was been already still reportedly'.split(' '));
/** Nouns of a figure's "of" phrase that may stand before the verb ("thousands of people"). */
const OF_PHRASE_WORDS = 2;

/**
 * True when the words right after a figure say its people were present somewhere: then the
 * figure counts a crowd, whatever casualty cue stands before it.
 */
export function countsThosePresent(
  tokens: readonly Token[],
  endToken: number,
  nextStart: number,
): boolean {
  let ofWords = 0;
  for (let i = endToken; i < nextStart; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text)) return false;
    if (token.kind !== 'word') continue;
    if (PRESENCE_VERBS.has(token.lower)) return true;
    if (AUXILIARIES.has(token.lower)) continue;
    if (token.lower === 'of' && i === endToken && ofWords === 0) {
      ofWords = OF_PHRASE_WORDS;
      continue;
    }
    if (ofWords > 0) {
      ofWords -= 1;
      continue;
    }
    return false;
  }
  return false;
}
