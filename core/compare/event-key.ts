import type { EventPlaces } from './event-places';
import { MONTH_WORDS } from '../text/date-words';
import { crossScript, crossScriptNamesMatch } from './script-names';
import { COUNTABLE_EVENT_NOUNS, EVENT_NOUNS, VENUE_NOUNS } from '../extract/lexicon';

/**
 * What Corroborate reads out of an event cue ("the March 22 assault against Moscow's Crocus
 * City Hall") to decide whether two claims are about the same event: the distinctive names,
 * the kind of venue, and the event's date when known.
 */
export interface EventKey {
  /** Normalised cue: lower case, no articles or punctuation ("moscow crocus city hall"). */
  label: string;
  /** Capitalised names, lower-cased and stripped of possessives ("moscow", "crocus"). */
  names: string[];
  /** Venue words that tell events apart in one place ("hall", "airport", "embassy"). */
  venues: string[];
  /** The event date as given (partial ISO), when known. */
  date?: string;
  /** True when the cue speaks of several events ("the rocket attacks", "embassies"). */
  plural: boolean;
  /** Where the event happened, when a gazetteer read the cue's place names. */
  places?: EventPlaces;
}

const STOP = new Set(
  `a an the of in on at to for by with from against into near and or its it their his her this
  that these those which who was were is are be been as after before during since about over
  under between s following previous same also`.split(/\s+/),
);

/** Words that name a kind of event rather than which one: they never make two cues match. */
const GENERIC: ReadonlySet<string> = new Set([
  ...MONTH_WORDS,
  ...EVENT_NOUNS,
  ...COUNTABLE_EVENT_NOUNS,
  ...`attacked assaults bombs bomber blasts shootings massacres terrorist terrorists terror
  incidents operations suicide deadly horrific recent latest last first second third violence
  rocket rockets event events tragedy carnage city town village area region
  province district capital country state gunman gunmen attacker attackers militant militants
  suspect suspects official officials police soldiers troops victims people civilians
  monday tuesday wednesday thursday friday
  saturday sunday today yesterday tonight`.split(/\s+/),
]);

/** The singular of a plural event or venue noun, or null when the word is not one. */
function singularEventNoun(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s')) return null;
  for (const singular of [
    word.replace(/ies$/u, 'y'),
    word.replace(/es$/u, ''),
    word.slice(0, -1),
  ]) {
    if (singular !== word && (VENUE_NOUNS.has(singular) || COUNTABLE_EVENT_NOUNS.has(singular)))
      return singular;
  }
  return null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[’']$/u, '');
}

/**
 * Builds an event key from a cue and an optional date. Rules only, no gazetteer: names are the
 * capitalised words that are not articles, months or event nouns; venues come from a short list
 * of venue words. Trade-off: a lower-case place ("the capital") is invisible, so such cues rely
 * on the event date or on the preceding named cue in the same source.
 */
export function eventKeyOf(cue: string, date?: string): EventKey {
  const words = cue.replace(/[’']s\b/gu, '').match(WORD) ?? [];
  const label: string[] = [];
  const names = new Set<string>();
  const venues = new Set<string>();
  let plural = false;
  for (const raw of words) {
    const word = normaliseWord(raw);
    if (!word || STOP.has(word) || /^\d+(st|nd|rd|th)?$/.test(word)) continue;
    label.push(word);
    const singular = singularEventNoun(word);
    if (singular) plural = true;
    if (VENUE_NOUNS.has(word) || (singular && VENUE_NOUNS.has(singular)))
      venues.add(singular ?? word);
    else if (!GENERIC.has(word) && !singular && /^\p{Lu}/u.test(raw)) names.add(word);
  }
  const key: EventKey = {
    label: label.join(' '),
    names: [...names].sort(),
    venues: [...venues].sort(),
    plural,
  };
  if (date) key.date = date;
  return key;
}

/**
 * True when two name tokens name the same thing: equal, or one is a prefix (at least four
 * letters) of the other once a demonym ending is removed ("russian"/"russia", "uzbek"/
 * "uzbekistan", "ukrainian"/"ukraine"). Trade-off: irregular demonyms ("Dutch") do not match.
 */
export function namesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // "Москвой" / "Moscow": names in two scripts are compared by sound (script-names.ts).
  if (crossScript(a, b)) return crossScriptNamesMatch(a, b);
  const stem = (word: string) => word.replace(/(ians?|ans?|ese|is|s)$/u, '');
  for (const x of new Set([a, stem(a)])) {
    for (const y of new Set([b, stem(b)])) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short.length >= 4 && long.startsWith(short)) return true;
    }
  }
  return false;
}

/**
 * True when two names match only through a demonym ending ("russian"/"russia", "uzbek"/
 * "uzbekistan"): an adjective of nationality next to a country. Such a match is weak evidence
 * of one event ("the Russian embassy in Kabul" is not "attacks in Russia"); identical names and
 * names that differ only by the same ending ("afghan"/"afghans") are not weak.
 */
export function demonymOnlyMatch(a: string, b: string): boolean {
  if (a === b || crossScript(a, b) || !namesMatch(a, b)) return false;
  const stem = (word: string) => word.replace(/(ians?|ans?|ese|is|s)$/u, '');
  return stem(a) !== stem(b);
}

/** The index key under which a name is filed so that matching names meet: its first four letters. */
export function nameBucket(name: string): string {
  return name.slice(0, 4);
}

/**
 * True when both name venues and no venue is shared: "embassy" vs "airport" cannot be one event.
 * Part venues (see PART_VENUES) are left out of the comparison.
 */
export function venuesClash(a: readonly string[], b: readonly string[]): boolean {
  const x = a.filter((venue) => !PART_VENUES.has(venue));
  const y = b.filter((venue) => !PART_VENUES.has(venue));
  return x.length > 0 && y.length > 0 && !x.some((venue) => y.includes(venue));
}

/**
 * Venue words that name a part of a larger place ("the departure hall", "the gate") or where
 * victims were taken ("the hospital"): they never tell two events apart on their own.
 */
export const PART_VENUES: ReadonlySet<string> = new Set(['hall', 'gate', 'hospital', 'square']);
