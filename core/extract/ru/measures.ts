/**
 * What a Russian figure measures: the nearest casualty or count cue of its stretch of the
 * sentence (between the figures before and after it), before it ("погибли 137 человек") or after
 * it ("182 человека получили ранения"), or its counted noun itself ("143 погибших"). A figure
 * with no cue of its own close to a measured one inherits that measure ("в том числе трое
 * детей"). Same Measured shape and measure names as the English reader (../measures.ts).
 */
import type { FoundFigure } from '../../quantity/figure';
import { tokenAt, type Token } from '../../quantity/tokens';
import type { Measured } from '../measures';
import { nearestWord } from '../word-walk';
import {
  RU_CASUALTY_STEMS,
  RU_COUNT_STEMS,
  RU_FORCE_WORDS,
  RU_NON_COUNT_STEMS,
  RU_POPULATION_STEMS,
  RU_STATE_STEMS,
  stemValue,
} from './lexicon';

/** Words looked at before and after a figure. */
const BACK_WORDS = 8;
const FORWARD_WORDS = 8;
/** Longest gap (in words) over which a figure inherits the measure of the one before. */
const INHERIT_GAP = 6;
/** Words after an injury figure looked at for its state. */
const STATE_WORDS = 5;

interface Cue {
  measure: string;
  casualty: boolean;
  words: number;
  /** The part of the measure the cue word names ("госпитализированы": hospitalised). */
  state?: string;
}

const fold = (word: string) => (word.includes('ё') ? word.replace(/ё/g, 'е') : word);

function cueOf(token: Token | undefined, words: number): Cue | null {
  if (token?.kind !== 'word') return null;
  const word = fold(token.lower);
  const casualty = stemValue(RU_CASUALTY_STEMS, word);
  const state = stemValue(RU_STATE_STEMS, word);
  if (casualty)
    return state
      ? { measure: casualty, casualty: true, words, state }
      : { measure: casualty, casualty: true, words };
  const count = stemValue(RU_COUNT_STEMS, word);
  return count ? { measure: count, casualty: false, words } : null;
}

/** The nearest cue walking from `from` towards `to` (exclusive), within `limit` words. */
function nearestCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  step: 1 | -1,
  limit: number,
): Cue | null {
  return nearestWord(tokens, from, to, step, limit, cueOf, CLAUSE_STOPS);
}

/** Tokens that end the walk for a cue: a Russian clause ends at ";" or ":". */
const CLAUSE_STOPS = new Set([';', ':']);

/** Words that tie a toll to its value: "возросло до 133", "составило 95", "достигло 150". */
const RU_LINK_WORDS = new Set(['до', 'составило', 'составляет', 'составил', 'достигло', 'достиг']);
/** Words looked back, to the start of the clause, when a link word precedes the figure. */
const CLAUSE_WORDS = 20;

/**
 * The measure at the head of the figure's clause when a link word stands right before the
 * figure ("Число погибших в результате теракта в ... возросло до 133"): the clause's subject
 * names it, however far back. Stops at the previous figure.
 */
function clauseHeadCue(tokens: readonly Token[], startToken: number, stop: number): Cue | null {
  if (!RU_LINK_WORDS.has(fold(tokens[startToken - 1]?.lower ?? ''))) return null;
  return nearestCue(tokens, startToken - 2, stop - 1, -1, CLAUSE_WORDS);
}

/** Who the figure counts, as the English role word the population keys fold. */
function populationOf(tokens: readonly Token[], unitToken: number): string | undefined {
  const word = fold(tokens[unitToken]?.lower ?? '');
  // "четверо предполагаемых исполнителей": the noun may follow one adjective.
  const role =
    stemValue(RU_POPULATION_STEMS, word) ??
    stemValue(RU_POPULATION_STEMS, fold(tokens[unitToken + 1]?.lower ?? ''));
  if (role === 'staff') {
    const next = fold(tokens[unitToken + 1]?.lower ?? '');
    const force = RU_FORCE_WORDS.find(([stem]) => next.startsWith(stem));
    if (force) return force[1];
  }
  return role;
}

/** A state of the injured a few words after the figure ("40 из них в тяжёлом состоянии"). */
function stateAfter(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let i = from, words = 0; i < to && words < STATE_WORDS; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    words += 1;
    const state = stemValue(RU_STATE_STEMS, fold(token.lower));
    if (state) return state;
  }
  return undefined;
}

/** Counted nouns that are durations, money or shares: "2 года", "5 рублей", "10 процентов". */
function countsNothing(figure: FoundFigure): boolean {
  if (figure.unit === 'percent') return true;
  const unit = fold(figure.unit?.toLowerCase() ?? '');
  return unit !== '' && RU_NON_COUNT_STEMS.some((stem) => unit.startsWith(stem));
}

/**
 * Gives each figure of one Russian sentence its measure, or drops it when nothing in its
 * stretch of the sentence says what it counts. `tokens` are the sentence's tokens.
 */
export function measureRussianFigures(
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
): Measured[] {
  const out: Measured[] = [];
  let previous: { measured: Measured; endToken: number } | null = null;
  let cursor = 0;
  let previousEnd = 0;
  figures.forEach((figure, index) => {
    const startToken = tokenAt(tokens, figure.start, cursor);
    const endToken = tokenAt(tokens, figure.unitEnd ?? figure.end, startToken);
    const unitToken =
      figure.unitStart !== undefined ? tokenAt(tokens, figure.unitStart, startToken) : -1;
    cursor = startToken;
    const next = figures[index + 1];
    const nextStart = next ? tokenAt(tokens, next.start, endToken) : tokens.length;
    const stop = previousEnd;
    previousEnd = endToken;
    if (countsNothing(figure)) return;
    // After an earlier figure, a comma closes its clause: "погибли 137, 182 ранены".
    let backStop = stop - 1;
    if (index > 0)
      for (let i = startToken - 1; i > stop - 1; i -= 1)
        if (tokens[i]?.text === ',') {
          backStop = i;
          break;
        }
    const own = unitToken >= 0 ? cueOf(tokens[unitToken], 0) : null;
    const before = nearestCue(tokens, startToken - 1, backStop, -1, BACK_WORDS);
    const after = nearestCue(tokens, endToken, nextStart, 1, FORWARD_WORDS);
    let cue =
      own ??
      (before && (!after || before.words <= after.words) ? before : after) ??
      clauseHeadCue(tokens, startToken, stop);
    if (!cue && previous && startToken - previous.endToken <= INHERIT_GAP) {
      const { measure, type } = previous.measured;
      cue = { measure, casualty: type === 'casualty', words: 0 };
    }
    if (!cue) return;
    const measured: Measured = {
      figure,
      measure: cue.measure,
      type: cue.casualty ? 'casualty' : 'count',
    };
    if (figure.unit !== undefined) measured.unit = figure.unit;
    const state =
      cue.measure === 'injured'
        ? (cue.state ?? stateAfter(tokens, endToken, nextStart))
        : undefined;
    const subject = state ?? (unitToken >= 0 ? populationOf(tokens, unitToken) : undefined);
    if (subject && subject !== cue.measure) measured.subject = subject;
    out.push(measured);
    previous = { measured, endToken };
  });
  return out;
}
