/**
 * The cue words around a figure that say what it measures: the nearest casualty or count word
 * before or after it, the head of its clause after a link word ("the number of deaths ... is
 * 95"), a toll noun before a bare figure, and the signs that a cue belongs to a neighbour.
 */
import type { Token } from '../quantity/tokens';
import { nearestWord } from './word-walk';
import { CLAUSE_BREAKS, clauseStart } from './parts';
import { CASUALTY_CUES, CLAUSE_HEAD_NOUNS, COUNT_CUES, LINK_WORDS } from './lexicon';

/** Words looked at before and after a figure. */
export const BACK_WORDS = 5;
export const FORWARD_WORDS = 10;
/** Words looked back, to the start of the clause, when a link word precedes the figure. */
const CLAUSE_WORDS = 20;

export interface Cue {
  measure: string;
  casualty: boolean;
  /** Words between the figure and the cue, counting the cue. */
  distance: number;
}

/**
 * The nearest casualty or count cue word stepping from `from` towards `to`, within `limit`
 * words: the word that says what a figure beside it measures ("killed", "arrested").
 */
export function cueIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  step: 1 | -1,
  limit: number,
): Cue | null {
  return nearestWord(tokens, from, to, step, limit, (token, distance) => {
    for (const [measure, cues] of Object.entries(CASUALTY_CUES)) {
      if (cues.has(token.lower)) return { measure, casualty: true, distance };
    }
    for (const [measure, cues] of Object.entries(COUNT_CUES)) {
      if (cues.has(token.lower)) return { measure, casualty: false, distance };
    }
    return null;
  });
}

/**
 * The measure named at the head of the figure's clause when a link word stands right before
 * the figure ("the number of deaths in the day's incident is 95"): the measure is the clause's
 * subject, however far back. Stops at a clause break or the previous figure.
 */
export function clauseHeadCue(
  tokens: readonly Token[],
  startToken: number,
  stop: number,
): Cue | null {
  let i = startToken - 1;
  // Skip a qualifier between the link word and the number ("rose to more than 90").
  while (i > stop && tokens[i]?.kind === 'word' && !LINK_WORDS.has(tokens[i]?.lower ?? '')) {
    if (startToken - i > 3) return null;
    i -= 1;
  }
  if (!LINK_WORDS.has(tokens[i]?.lower ?? '')) return null;
  const { from, aside } = clauseStart(tokens, i, stop);
  const cue = cueIn(tokens, i - 1, from - 1, -1, CLAUSE_WORDS + aside);
  if (cue) return cue;
  for (let at = i - 1; at >= from && i - at <= CLAUSE_WORDS; at -= 1) {
    const measure = CLAUSE_HEAD_NOUNS[tokens[at]?.lower ?? ''];
    if (measure) return { measure, casualty: true, distance: i - at };
  }
  return null;
}

/**
 * True when the cue ahead of a figure opens the next figure's clause instead: "had 47 victims
 * and put fatalities at 10" - "fatalities" is linked to 10 by "at", with at most a qualifier
 * between.
 */
export function headsNextFigure(
  tokens: readonly Token[],
  endToken: number,
  words: number,
  nextStart: number,
): boolean {
  if (nextStart >= tokens.length) return false;
  let seen = 0;
  let cue = endToken;
  for (let i = endToken; i < nextStart; i += 1) {
    if (tokens[i]?.kind === 'word') seen += 1;
    if (seen === words) {
      cue = i;
      break;
    }
  }
  const between = tokens.slice(cue + 1, nextStart).filter((t) => t.kind === 'word');
  return between.length > 0 && between.length <= 3 && between.some((t) => LINK_WORDS.has(t.lower));
}

/** A toll noun a few words before a bare figure: "brought the total down from 359". */
export function headNounBefore(tokens: readonly Token[], startToken: number): Cue | null {
  let words = 0;
  for (let i = startToken - 1; i >= 0 && words < BACK_WORDS; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text)) break;
    if (token.kind !== 'word') continue;
    words += 1;
    const measure = CLAUSE_HEAD_NOUNS[token.lower];
    if (measure) return { measure, casualty: true, distance: words };
  }
  return null;
}

/** "revised it to 84", "lowered this to 84": a pronoun stands for the figure before. */
export function refersToPrevious(tokens: readonly Token[], startToken: number): boolean {
  const link = tokens[startToken - 1]?.lower ?? '';
  const pronoun = tokens[startToken - 2]?.lower ?? '';
  return LINK_WORDS.has(link) && (pronoun === 'it' || pronoun === 'this' || pronoun === 'that');
}

/** The index of the token `words` words back from `startToken` (the cue cueIn found). */
export function wordBack(tokens: readonly Token[], startToken: number, words: number): number {
  let seen = 0;
  for (let i = startToken - 1; i >= 0; i -= 1) {
    if (tokens[i]?.kind === 'word') seen += 1;
    if (seen === words) return i;
  }
  return 0;
}

/**
 * True when a conjunction or a list comma stands between the cue before a figure and the figure:
 * "14 people are dead and almost 50 were hurt", "44 killed, 157 injured" - the cue is the earlier
 * figure's predicate, not this one's.
 */
export function coordinatedAway(
  tokens: readonly Token[],
  cueToken: number,
  startToken: number,
): boolean {
  for (let i = cueToken + 1; i < startToken; i += 1) {
    const lower = tokens[i]?.lower ?? '';
    if (lower === 'and' || lower === 'while' || lower === 'but' || lower === ',') return true;
  }
  return false;
}
