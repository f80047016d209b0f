/**
 * Event cues: the named event, venue or place a claim is about ("assault against Moscow's
 * Crocus City Hall", "attack in Moscow", "Kabul airport"), found by generic rules (capitalised
 * names next to event or facility nouns), and their normal form for comparing cues across
 * sources. No gazetteer and no list of known events: a cue is only as good as its sentence.
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
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);

function isEventWord(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' && (EVENT_NOUNS.has(token.lower) || FACILITY_NOUNS.has(token.lower))
  );
}

function isCueName(token: Token | undefined): boolean {
  return isNameWord(token) && !isMonth(token);
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
    if (!token || !(isCueName(token) || isEventWord(token))) {
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
        j += 1;
      } else if (isEventWord(t)) {
        events += 1;
        last = j;
        j += 1;
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
      } else if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) {
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
  return cues;
}

/** The comparable parts of a cue: its proper names and the kind of place, if it names one. */
export interface EventKey {
  names: string[];
  facility?: string;
}

/** Words that are part of venue names but say nothing about which venue ("City Hall"). */
const GENERIC_NAME_WORDS = new Set(['city', 'state', 'province', 'republic', 'north', 'south']);

const SINGULAR: Record<string, string> = { embassies: 'embassy', attacks: 'attack', plots: 'plot' };

/**
 * Splits a cue into proper names (lower-cased, possessive dropped) and the first facility noun.
 * "Moscow's Crocus City Hall" -> names [crocus, moscow], facility hall.
 */
export function eventKey(cue: string): EventKey {
  const names = new Set<string>();
  let facility: string | undefined;
  const words = cue.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  words.forEach((raw, index) => {
    const word = raw.replace(/['’]s$/i, '');
    const lower = word.toLowerCase();
    const singular = SINGULAR[lower] ?? lower;
    if (FACILITY_NOUNS.has(lower) || FACILITY_NOUNS.has(singular)) {
      if (facility === undefined && singular !== 'concert') facility = singular;
      return;
    }
    if (EVENT_NOUNS.has(lower) || STOPWORDS.has(lower)) return;
    const ch = word[0] ?? '';
    const capitalised = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    if (!capitalised && index >= 0) return;
    if (GENERIC_NAME_WORDS.has(lower)) return;
    names.add(lower);
  });
  const key: EventKey = { names: [...names].sort() };
  if (facility !== undefined) key.facility = facility;
  return key;
}

/**
 * A stable string for a cue, so that the same event written two ways compares equal where
 * the words allow it: "the Moscow attack", "terrorist attack in Moscow" -> "moscow";
 * "Moscow's Crocus City Hall" and "Crocus concert hall in Moscow" -> "crocus moscow @hall".
 * Trade-off: no gazetteer, so "Crocus City Hall" alone ("crocus @hall") does not equal
 * "Moscow attack"; use `sameEvent`, which also accepts a cue that refines another.
 */
export function canonicalEvent(cue: string): string {
  const key = eventKey(cue);
  return key.facility ? `${key.names.join(' ')} @${key.facility}`.trim() : key.names.join(' ');
}

/**
 * True when two cues can name the same event: the names of one are a subset of the other's
 * ("Moscow" within "Moscow's Crocus City Hall") and their facilities do not differ (the Russian
 * embassy in Kabul is not Kabul airport). Empty cues match nothing.
 */
export function sameEvent(a: string, b: string): boolean {
  const ka = eventKey(a);
  const kb = eventKey(b);
  if (ka.names.length === 0 || kb.names.length === 0) return false;
  if (ka.facility && kb.facility && ka.facility !== kb.facility) return false;
  const [small, large] = ka.names.length <= kb.names.length ? [ka, kb] : [kb, ka];
  const set = new Set(large.names);
  return small.names.every((n) => set.has(n));
}
