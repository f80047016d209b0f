import { VENUE_NOUNS } from '../extract/lexicon';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../text/date-words';
import { LONGEST_PLACE_NAME, type Gazetteer, type Place } from '../places/gazetteer';

/** Where an event happened, as the gazetteer reads its cue. */
export interface EventPlaces {
  /** Countries the event can be in (ISO alpha-2): the places' countries, ambiguity kept. */
  countries: string[];
  /** Ids of the places named and of everything they lie in ("IR", "IR/08", "IR/08/Kerman"). */
  lineage: string[];
  /** Ids of the places named themselves. */
  named: string[];
  /**
   * The words of the countries named, lower case ("russia"; "sri", "lanka"): as event names
   * they say no more than the places do, so two events placed apart never meet through them.
   */
  countryWords?: string[];
}

const NAME_RUN = /\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.’'-]*))*/gu;
const POSSESSIVE = /[’']s$/u;
/** A full stop after a word, not an abbreviation's ("St.", "U.S."): the sentence ends there. */
const SENTENCE_FULL_STOP = /^\p{L}{4,}\.$/u;

/**
 * The capitalised word runs of a cue, each a candidate place name or a run of them. A run ends
 * at a line break, at the end of a sentence ("Multan. | Police said") and after a possessive
 * ("Peshawar's | Police Lines"): the owner is a name of its own.
 */
function nameRuns(cue: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const match of cue.matchAll(NAME_RUN)) {
    let initial = SENTENCE_END.test(cue.slice(Math.max(0, match.index - 3), match.index));
    let words: string[] = [];
    for (const word of match[0].split(/[ \t]+/u)) {
      words.push(word.replace(POSSESSIVE, '').replace(/[.,]$/u, ''));
      const endsSentence = SENTENCE_FULL_STOP.test(word);
      if (POSSESSIVE.test(word) || endsSentence) {
        runs.push({ words, initial });
        words = [];
        initial = endsSentence;
      }
    }
    if (words.length > 0) runs.push({ words, initial });
  }
  return runs;
}

/** A run of capitalised words, and whether it opens a sentence (where any word is capitalised). */
interface NameRun {
  words: string[];
  initial: boolean;
}

/** What comes before a sentence's first word: nothing, or an end of sentence and a space. */
const SENTENCE_END = /(?:^|[.!?:]["”’)]?\s+|\n\s*)$/u;

/** The readings of one place name in a cue; `initial` when it opens a sentence. */
interface Mention {
  places: Place[];
  initial: boolean;
}

/** Runs longer than this are headline-style title case, where every word is capitalised. */
const SHORT_RUN = 3;
/** Words that may follow a city inside one name without making it another name's part. */
const AFTER_CITY: ReadonlySet<string> = new Set([
  ...VENUE_NOUNS,
  ...'city province region district oblast county state governorate'.split(' '),
]);

/**
 * True when a city's name at run[at..at+size) is a word of a longer name in a short run:
 * "Police Lines" (a compound, not Police in Poland), "Lady Reading" (a person, not Reading).
 * A venue or a kind of place after it keeps it a city ("Kabul Airport", "Moscow Oblast").
 */
function insideLongerName(run: readonly string[], at: number, size: number): boolean {
  if (run.length > SHORT_RUN || run.length === size) return false;
  const next = run[at + size];
  if (next !== undefined && !AFTER_CITY.has(next.toLowerCase())) return true;
  return afterAnotherName(run, at);
}

/** Words that may stand before a place inside one run and leave it the place ("Southern Punjab"). */
const BEFORE_PLACE: ReadonlySet<string> = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern greater upper lower inner outer
  downtown`.split(/\s+/u),
);

/**
 * True when a place's name follows another capitalised word of a short run that is not a
 * direction: "Lady Reading" is a person, whether Reading is read as a town or a borough.
 */
function afterAnotherName(run: readonly string[], at: number): boolean {
  if (at === 0 || run.length > SHORT_RUN) return false;
  return !BEFORE_PLACE.has((run[at - 1] ?? '').toLowerCase());
}

/** A month or a weekday ("in early March", "on Sunday"): towns of those names are never meant. */
function isCalendarWord(name: string): boolean {
  const lower = name.toLowerCase();
  return MONTH_WORDS.has(lower) || WEEKDAY_WORDS.has(lower);
}

/** Place mentions in a cue: the longest known name at each point of each capitalised run. */
function mentions(cue: string, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const { words: run, initial } of nameRuns(cue)) {
    let at = 0;
    while (at < run.length) {
      let matched = 0;
      for (let size = Math.min(LONGEST_PLACE_NAME, run.length - at); size > 0; size -= 1) {
        const name = run.slice(at, at + size).join(' ');
        // "Southern Punjab": a direction before a name is its adjective, never "Southern" province.
        const direction = size === 1 && at + 1 < run.length && BEFORE_PLACE.has(name.toLowerCase());
        const places = isCalendarWord(name) || direction ? [] : gazetteer.lookup(name);
        if (places.length === 0) continue;
        matched = size;
        const onlyCities = places.every((place) => place.kind === 'city');
        const noCountry = places.every((place) => place.kind !== 'country');
        const partOfName = onlyCities
          ? insideLongerName(run, at, size)
          : noCountry && afterAnotherName(run, at);
        if (!partOfName) found.push({ places: [...places], initial: initial && at === 0 });
        break;
      }
      at += matched || 1;
    }
  }
  return found;
}

/**
 * Picks what an ambiguous name means. A name that is a country is the country ("Russia", not
 * the Jamaican town); a name that is one country's capital and towns elsewhere is the capital
 * ("Brussels" is Belgium's, not Wisconsin's). The countries a cue is sure of are those it names, else those of places
 * with one reading (those inside sentences first: a sentence's first word is capitalised
 * whatever it is, so "Police said ..." is weaker than "a Peshawar mosque"); every other name
 * keeps only its readings in those countries ("Kerman" beside "Iran"), and a name with none
 * there is dropped as a stray word that happens to be a town somewhere ("the Islamic
 * Republic" is not Republic, Washington). With nothing sure, every reading is kept, so an
 * unresolved ambiguity never clashes with anything.
 */
function disambiguate(all: readonly Mention[]): Place[][] {
  const chosen = all.map(({ places, initial }) => {
    const countries = places.filter((place) => place.kind === 'country');
    // Of the towns one name may be, a capital is what the news means ("Kabul", "Brussels").
    const capitals = places.filter((place) => place.capital);
    const pool = countries.length > 0 ? countries : capitals.length === 1 ? capitals : places;
    return { places: pool, initial };
  });
  const named = new Set(
    chosen.flatMap(({ places }) =>
      places.every((place) => place.kind === 'country') ? places.map((p) => p.country) : [],
    ),
  );
  const singleIn = (mentions: typeof chosen) =>
    new Set(
      mentions.flatMap(({ places }) => {
        const countries = new Set(places.map((place) => place.country));
        return countries.size === 1 ? [...countries] : [];
      }),
    );
  const inside = singleIn(chosen.filter((mention) => !mention.initial));
  const sure = named.size > 0 ? named : inside.size > 0 ? inside : singleIn(chosen);
  const out: Place[][] = [];
  for (const { places } of chosen) {
    const pool = sure.size > 0 ? places.filter((place) => sure.has(place.country)) : places;
    if (pool.length === 0) continue;
    // A name that is both a region and its main city ("Kerman", "Moscow") keeps the city.
    const cities = pool.filter((place) => place.kind === 'city');
    out.push(cities.length > 0 && new Set(pool.map((p) => p.country)).size === 1 ? cities : pool);
  }
  return out;
}

/**
 * Reads the places of an event cue through the gazetteer: "the Crocus City Hall in Krasnogorsk,
 * near Moscow" lies in Russia, Moscow Oblast. Null when the cue names no place it knows.
 */
export function eventPlacesOf(cue: string, gazetteer: Gazetteer): EventPlaces | null {
  const resolved = disambiguate(mentions(cue, gazetteer));
  if (resolved.length === 0) return null;
  const lineage = new Set<string>();
  const countries = new Set<string>();
  const named = new Set<string>();
  for (const places of resolved)
    for (const place of places) {
      named.add(place.id);
      countries.add(place.country);
      for (const id of gazetteer.lineage(place)) lineage.add(id);
    }
  const countryWords = new Set<string>();
  for (const places of resolved)
    for (const place of places)
      if (place.kind === 'country')
        for (const word of place.name.toLowerCase().split(/\s+/u)) countryWords.add(word);
  const out: EventPlaces = {
    countries: [...countries].sort(),
    lineage: [...lineage].sort(),
    named: [...named].sort(),
  };
  if (countryWords.size > 0) out.countryWords = [...countryWords].sort();
  return out;
}

/** True when two events are placed in different countries: they cannot be one event. */
export function placesClash(a: EventPlaces | undefined, b: EventPlaces | undefined): boolean {
  if (!a || !b || a.countries.length === 0 || b.countries.length === 0) return false;
  return !a.countries.some((country) => b.countries.includes(country));
}

/**
 * How specifically two events share a place: 3 for a city, 2 for a region, 1 for a country,
 * 0 for none. One event's place lying within the other's counts ("Kerman" and "Iran" share Iran).
 */
export function sharedPlaceDepth(a: EventPlaces | undefined, b: EventPlaces | undefined): number {
  if (!a || !b) return 0;
  let depth = 0;
  for (const id of a.lineage)
    if (b.lineage.includes(id)) depth = Math.max(depth, id.split('/').length);
  return depth;
}

/** How deep the most specific place named is: 3 for a city, 2 for a region, 1 for a country. */
function namedDepth(places: EventPlaces): number {
  return Math.max(0, ...places.named.map((id) => id.split('/').length));
}

/**
 * How specifically two events' places meet, as evidence that they are one event: the shared
 * depth (see {@link sharedPlaceDepth}) when it reaches the less specific of the two ("Kerman"
 * and "Iran" meet in Iran), else 0: two events placed in different cities or provinces of one
 * country (Saint Petersburg and Moscow, Ankara and Istanbul) do not clash, but their country
 * is no evidence that they are one.
 */
export function placeMatchDepth(a: EventPlaces | undefined, b: EventPlaces | undefined): number {
  const depth = sharedPlaceDepth(a, b);
  if (!a || !b) return depth;
  return depth < Math.min(namedDepth(a), namedDepth(b)) ? 0 : depth;
}

/**
 * True when every place `own` names is one of `main`'s places or contains one: "Iran" or
 * "Pakistan's northwest" speak of an event placed in Kerman or Bajaur; "Peshawar" inside an
 * article about Bajaur does not (it is a place the main event is not in).
 */
export function withinMainPlaces(own: EventPlaces, main: EventPlaces): boolean {
  return own.named.every((id) => main.lineage.includes(id));
}
