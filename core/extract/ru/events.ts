/**
 * Russian event cues: an event noun ("теракт", "стрельба", "нападение", "взрыв") with the place
 * or venue phrase after it ("в концертном зале «Крокус Сити Холл» под Москвой"), or a name
 * after a place preposition ("в Красногорске"). Same EventCue shape as the English finder
 * (../events.ts); which event a cue names is decided in core/compare.
 */
import type { Token } from '../../quantity/tokens';
import type { EventCue } from '../events';
import { isCapitalised } from '../phrases';

/** Nouns of events, as stems (every case and number). */
const EVENT_NOUN_STEMS = [
  'теракт',
  'нападени',
  'стрельб',
  'атак',
  'взрыв',
  'обстрел',
  'расстрел',
  'захват',
  'поджог',
  'бомбардиров',
  'штурм',
];

/** Prepositions of place that carry a cue on to its place ("в", "на", "под", "у", "возле"). */
const PLACE_PREPOSITIONS = new Set('в во на под у возле около близ при'.split(' '));

/** Plain (lower-case) words allowed between prepositions and a name: "концертном зале". */
const PLAIN_WORDS = 2;
/** Longest cue, in tokens. */
const CUE_TOKENS = 14;

const fold = (word: string) => (word.includes('ё') ? word.replace(/ё/g, 'е') : word);

function isEventNoun(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const word = fold(token.lower);
  return EVENT_NOUN_STEMS.some((stem) => word.startsWith(stem));
}

/** The last token of a «quoted» name opening at i, or -1. */
function quoteEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '«') return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k += 1)
    if (tokens[k]?.text === '»') return k;
  return -1;
}

/**
 * The end (last token) of the place phrase starting at i: prepositions, up to two plain words,
 * then a capitalised name or a «quoted» name, repeated. -1 when no name follows.
 */
function placePhraseEnd(tokens: readonly Token[], i: number): number {
  let end = -1;
  let k = i;
  while (k < tokens.length && k - i < CUE_TOKENS) {
    if (!PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) break;
    k += 1;
    let plain = 0;
    while (
      plain < PLAIN_WORDS &&
      tokens[k]?.kind === 'word' &&
      !isCapitalised(tokens[k]) &&
      !PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')
    ) {
      plain += 1;
      k += 1;
    }
    const quote = quoteEnd(tokens, k);
    if (quote > 0) k = quote + 1;
    else if (isCapitalised(tokens[k])) {
      while (isCapitalised(tokens[k])) k += 1;
    } else break;
    end = k - 1;
  }
  return end;
}

function cue(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  anchored: boolean,
): EventCue {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { text: text.slice(start, end), start, end, anchored };
}

/** Cues in one Russian sentence's tokens, in text order. */
export function findRussianEventCues(text: string, tokens: readonly Token[]): EventCue[] {
  const out: EventCue[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (isEventNoun(tokens[i])) {
      const place = placePhraseEnd(tokens, i + 1);
      const last = place >= 0 ? place : i;
      out.push(cue(text, tokens, i, last, true));
      i = last + 1;
      continue;
    }
    // A bare place: "в Красногорске", "под Москвой" (a name right after a place preposition).
    if (PLACE_PREPOSITIONS.has(tokens[i]?.lower ?? '') && isCapitalised(tokens[i + 1])) {
      const place = placePhraseEnd(tokens, i);
      if (place >= 0) {
        out.push(cue(text, tokens, i + 1, place, false));
        i = place + 1;
        continue;
      }
    }
    i += 1;
  }
  return out;
}
