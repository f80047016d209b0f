/**
 * Event cues: the named event, venue or place a claim is about ("assault against Moscow's
 * Crocus City Hall", "attack in Moscow", "Kabul airport"), found by generic rules (capitalised
 * names next to event or facility nouns). A cue is text; which event it names is decided in core/compare (event-key.ts,
 * resolve-events.ts), the one model of "which event".
 */
import type { Token } from '../quantity/tokens';
import { isMonth } from '../quantity/context';
import { STOPWORDS } from '../quantity/units';
import { EVENT_NOUNS, FACILITY_NOUNS } from './lexicon';
import { isNameWord } from './phrases';

export interface EventCue {
  text: string;
  start: number;
  end: number;
  /** True when the cue holds an event or facility noun; false for a bare place ("in Austria"). */
  anchored: boolean;
}

const CONNECTORS = new Set(['of', 'in', 'at', 'on', 'against', 'near', 'during', 'the', 'and']);
/** Prepositions before a bare place: where ("in", "at", "near") or whither ("into", "against"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'against', 'outside']);
/** Kinds of place that name a place through "of": "the Uzbek city of Termez". */
const PLACE_NOUNS = new Set(
  'city town village province region district capital county state port'.split(' '),
);
/** Longest gap (in tokens) between an event cue and a place cue that completes it. */
const PLACE_GAP = 4;

function isEventWord(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' && (EVENT_NOUNS.has(token.lower) || FACILITY_NOUNS.has(token.lower))
  );
}

function isCueName(token: Token | undefined): boolean {
  return isNameWord(token) && !isMonth(token);
}

/** True for "St." / "Mt." / "Ft." at j, glued to its dot and followed by a name. */
function abbreviationDot(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j];
  const dot = tokens[j + 1];
  return (
    word !== undefined &&
    word.text.length <= 2 &&
    dot?.text === '.' &&
    !dot.spaceBefore &&
    isCueName(tokens[j + 2])
  );
}

/** "city of Termez" at j: a kind-of-place noun, "of", a name. */
function isPlaceOf(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return (
    t?.kind === 'word' &&
    PLACE_NOUNS.has(t.lower) &&
    tokens[j + 1]?.lower === 'of' &&
    isCueName(tokens[j + 2])
  );
}

/** True when a place preposition, possibly with "the", stands before tokens[i]. */
function afterPlacePreposition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (PLACE_PREPOSITIONS.has(before)) return true;
  return before === 'the' && PLACE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '');
}

/**
 * Joins an event cue to the place cue right after it ("barrage of Katyusha" + "rockets against
 * the Uzbek city of Termez", "Gunmen opened fire" + "on concertgoers at Crocus City Hall"): the
 * gap holds at most one plain noun besides prepositions and articles.
 */
function joinPlaces(text: string, tokens: readonly Token[], cues: EventCue[]): EventCue[] {
  const out: EventCue[] = [];
  let index = 0;
  for (let c = 0; c < cues.length; c += 1) {
    const cue = cues[c] as EventCue;
    const next = cues[c + 1];
    if (cue.anchored && next && !next.anchored) {
      while (index < tokens.length && (tokens[index]?.end ?? 0) <= cue.end) index += 1;
      let k = index;
      let nouns = 0;
      let ok = true;
      while (k < tokens.length && (tokens[k]?.start ?? Infinity) < next.start) {
        const t = tokens[k] as Token;
        const connector = PLACE_PREPOSITIONS.has(t.lower) || CONNECTORS.has(t.lower);
        if (!connector) nouns += 1;
        if (t.kind !== 'word' || (!connector && STOPWORDS.has(t.lower)) || nouns > 1) {
          ok = false;
          break;
        }
        k += 1;
      }
      if (ok && k - index <= PLACE_GAP) {
        out.push({ ...cue, text: text.slice(cue.start, next.end), end: next.end });
        c += 1;
        continue;
      }
    }
    out.push(cue);
  }
  return out;
}

/**
 * Cues in one sentence's tokens, in text order. A cue is a run of names, event/facility nouns
 * and connectors ("of", "in", "at", "against", "the"), trimmed of connectors at its ends, that
 * holds a name and an event or facility noun; a bare name after "in"/"at"/"near" is a place cue.
 */
export function findEventCues(text: string, tokens: readonly Token[]): EventCue[] {
  const cues: EventCue[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !(isCueName(token) || isEventWord(token) || isPlaceOf(tokens, i))) {
      i += 1;
      continue;
    }
    let last = i;
    let names = 0;
    let events = 0;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      if (isCueName(t)) {
        names += 1;
        last = j;
        // "St. Petersburg", "Mt. Elgon": a short name's abbreviation dot belongs to the name.
        j += abbreviationDot(tokens, j) ? 2 : 1;
      } else if (isEventWord(t)) {
        events += 1;
        last = j;
        j += 1;
      } else if (isPlaceOf(tokens, j)) {
        // "the Uzbek city of Termez": the kind of place and its "of" belong to the name.
        j += 2;
      } else if (t.kind === 'word' && CONNECTORS.has(t.lower) && j > i) {
        // A connector only continues the run when a name or event word follows within two tokens.
        const n1 = tokens[j + 1];
        const n2 = tokens[j + 2];
        const continues =
          isCueName(n1) ||
          isEventWord(n1) ||
          (n1?.lower === 'the' && (isCueName(n2) || isEventWord(n2)));
        if (!continues) break;
        j += 1;
      } else if (
        t.kind === 'word' &&
        !STOPWORDS.has(t.lower) &&
        names > 0 &&
        isEventWord(tokens[j + 1])
      ) {
        // "Crocus concert hall": one lower-case modifier before a facility noun.
        j += 1;
      } else break;
    }
    const first = tokens[i];
    const end = tokens[last];
    if (first && end && names > 0) {
      if (events > 0) {
        cues.push({
          text: text.slice(first.start, end.end),
          start: first.start,
          end: end.end,
          anchored: true,
        });
      } else if (afterPlacePreposition(tokens, i)) {
        cues.push({
          text: text.slice(first.start, end.end),
          start: first.start,
          end: end.end,
          anchored: false,
        });
      }
    }
    i = Math.max(last + 1, i + 1);
  }
  return joinPlaces(text, tokens, cues);
}
