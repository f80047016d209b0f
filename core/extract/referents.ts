/**
 * Figures whose measure is named by reference rather than by a cue word beside them: a part of
 * the figure before ("157 injured ..., out of whom 12 to 15 were critically ill"), a part of a
 * named whole ("40 of the victims"), a restatement of the toll ("the first estimates were 290
 * and the number would be reduced to 253"), and a label ("Total victims: 35").
 */
import type { FoundFigure } from '../quantity/figure';
import { tokenAt, type Token } from '../quantity/tokens';
import { CASUALTY_CUES, CLAUSE_HEAD_NOUNS, LINK_WORDS } from './lexicon';
import { CLAUSE_BREAKS, INCLUDING } from './parts';
import { nearestWord } from './word-walk';

/** The measure a casualty word names: a cue ("dead", "wounded") or a toll noun ("victims"). */
function casualtyMeasureOf(word: string): string | undefined {
  const cue = Object.entries(CASUALTY_CUES).find(([, cues]) => cues.has(word))?.[0];
  return cue ?? CLAUSE_HEAD_NOUNS[word];
}

const PARTITIVE_PRONOUNS = new Set(['whom', 'them', 'these', 'those']);
const PARTITIVE_PREPOSITIONS = new Set(['of', 'among']);

/** True for "of whom N", "among them N", "out of whom N": a part of the figure before. */
export function partitiveBefore(tokens: readonly Token[], startToken: number): boolean {
  return (
    PARTITIVE_PRONOUNS.has(tokens[startToken - 1]?.lower ?? '') &&
    PARTITIVE_PREPOSITIONS.has(tokens[startToken - 2]?.lower ?? '')
  );
}

/** "40 of the victims", "three of the dead": the measure of the whole the figure is part of. */
export function partitiveNounAfter(tokens: readonly Token[], endToken: number): string | undefined {
  if (tokens[endToken]?.lower !== 'of') return undefined;
  const article = tokens[endToken + 1]?.lower;
  const at = article === 'the' || article === 'those' ? endToken + 2 : endToken + 1;
  return casualtyMeasureOf(tokens[at]?.lower ?? '');
}

/** Nouns that stand for a toll already given when no "of ..." says which. */
const REFERENT_NOUNS = new Set(['number', 'figure', 'count', 'estimate', 'estimates', 'toll']);

/** Words looked back from the link word for the referring noun. */
const REFERENT_WORDS = 8;

/**
 * True when a definite noun with no "of ..." heads the figure's clause and a link word ties it
 * to the figure: "the first estimates were 290", "the number would be reduced to 253", "the
 * figure was later put at 84". It restates the toll of the figure before.
 */
export function restatesToll(tokens: readonly Token[], startToken: number, stop: number): boolean {
  const link = startToken - 1;
  if (!LINK_WORDS.has(tokens[link]?.lower ?? '')) return false;
  for (let i = link - 1, words = 0; i > stop && words < REFERENT_WORDS; i -= 1) {
    const token = tokens[i];
    if (!token || token.text === ',' || token.text === ';') return false;
    if (token.kind !== 'word') continue;
    words += 1;
    if (REFERENT_NOUNS.has(token.lower)) return tokens[i + 1]?.lower !== 'of';
  }
  return false;
}

/** "Total victims: 35", "Injured: 12": the measure a label before a colon gives its figure. */
export function labelMeasure(tokens: readonly Token[], startToken: number): string | undefined {
  if (tokens[startToken - 1]?.text !== ':') return undefined;
  return casualtyMeasureOf(tokens[startToken - 2]?.lower ?? '');
}

/** Words that join coordinated figures: "two men and two women", "from 95 to 84". */
const JOINERS = new Set(['and', 'or', 'to', ',', 'as', 'well', 'plus']);
/** Tokens between two coordinated figures: joiners, or an origin ("two from Turkey and"). */
const LIST_GAP = 6;
/** Words read after the last of the coordinated figures for their shared cue. */
const TRAILING_WORDS = 8;

/**
 * True when only joiners stand between two figures of a list, with at most an origin ("from
 * Turkey") before them: "3 Indians and 3 Britons, two from Turkey as well as one Portuguese".
 */
function listJoined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > LIST_GAP) return false;
  let i = from;
  if (tokens[i]?.lower === 'from')
    for (i += 1; i < to && /^\p{Lu}/u.test(tokens[i]?.text ?? '');) i += 1;
  let joiners = 0;
  for (; i < to; i += 1) {
    if (!JOINERS.has(tokens[i]?.lower ?? '')) return false;
    joiners += 1;
  }
  return joiners > 0;
}

/**
 * The casualty measure a figure shares with the figures after it when they are coordinated
 * and the cue trails them all: "two men and two women had died" (both died), "3 Indians, two
 * from Turkey and one Portuguese died", "lowered from 95 to 84 the number of deaths" (both are
 * deaths). Read only when the figure has no cue of its own.
 */
export function sharedTrailingMeasure(
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  index: number,
  endToken: number,
): string | undefined {
  let last = index;
  let lastEnd = endToken;
  for (let k = index + 1; k < figures.length; k += 1) {
    const next = figures[k];
    if (!next) break;
    const nextStart = tokenAt(tokens, next.start, lastEnd);
    if (!listJoined(tokens, lastEnd, nextStart)) break;
    last = k;
    lastEnd = tokenAt(tokens, next.unitEnd ?? next.end, nextStart);
  }
  if (last === index) return undefined;
  const later = figures[last + 1];
  const stop = later ? tokenAt(tokens, later.start, lastEnd) : tokens.length;
  for (let i = lastEnd, words = 0; i < stop && words < TRAILING_WORDS; i += 1) {
    const token = tokens[i];
    if (!token || token.text === ';' || token.text === ':') break;
    if (token.kind !== 'word') continue;
    words += 1;
    const measure = casualtyMeasureOf(token.lower);
    if (measure) return measure;
  }
  return undefined;
}

/** Words read back from "including N" for the casualty word of the whole it is part of. */
const INCLUDED_REACH = 12;

/**
 * The casualty measure of the whole an "including N" figure is a part of, named earlier in its
 * sentence however many words back ("Most of the dead were civilians, he said, including two
 * guards"): the part is of that measure. Undefined when no casualty word comes before.
 */
export function includedIn(tokens: readonly Token[], startToken: number): string | undefined {
  if (!INCLUDING.has(tokens[startToken - 1]?.lower ?? '')) return undefined;
  const measureOf = (token: Token) => casualtyMeasureOf(token.lower) ?? null;
  return (
    nearestWord(tokens, startToken - 2, -1, -1, INCLUDED_REACH, measureOf, CLAUSE_BREAKS) ??
    undefined
  );
}
