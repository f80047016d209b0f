import { LONGEST_PLACE_NAME, type Gazetteer, type Place } from '../places/gazetteer';

/** Where an event happened, as the gazetteer reads its cue. */
export interface EventPlaces {
  /** Countries the event can be in (ISO alpha-2): the places' countries, ambiguity kept. */
  countries: string[];
  /** Ids of the places named and of everything they lie in ("IR", "IR/08", "IR/08/Kerman"). */
  lineage: string[];
  /** Ids of the places named themselves. */
  named: string[];
}

const NAME_RUN = /\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*))*/gu;

/** The capitalised word runs of a cue, each a candidate place name or a run of them. */
function nameRuns(cue: string): string[][] {
  return [...cue.matchAll(NAME_RUN)].map((match) =>
    match[0].split(/\s+/u).map((word) => word.replace(/[’']s$/u, '').replace(/[.,]$/u, '')),
  );
}

/** Place mentions in a cue: the longest known name at each point of each capitalised run. */
function mentions(cue: string, gazetteer: Gazetteer): Place[][] {
  const found: Place[][] = [];
  for (const run of nameRuns(cue)) {
    let at = 0;
    while (at < run.length) {
      let matched = 0;
      for (let size = Math.min(LONGEST_PLACE_NAME, run.length - at); size > 0; size -= 1) {
        const places = gazetteer.lookup(run.slice(at, at + size).join(' '));
        if (places.length > 0) {
          found.push([...places]);
          matched = size;
          break;
        }
      }
      at += matched || 1;
    }
  }
  return found;
}

/**
 * Picks what an ambiguous name means. A name that is a country is the country ("Russia", not
 * the Jamaican town). The countries a cue is sure of are those it names, else those of places
 * with one reading; every other name keeps only its readings in those countries ("Kerman"
 * beside "Iran"), and a name with none there is dropped as a stray word that happens to be a
 * town somewhere ("the Islamic Republic" is not Republic, Washington). With nothing sure, every
 * reading is kept, so an unresolved ambiguity never clashes with anything.
 */
function disambiguate(all: Place[][]): Place[][] {
  const chosen = all.map((places) => {
    const countries = places.filter((place) => place.kind === 'country');
    return countries.length > 0 ? countries : places;
  });
  const named = new Set(
    chosen.flatMap((places) =>
      places.every((place) => place.kind === 'country') ? places.map((p) => p.country) : [],
    ),
  );
  const single = new Set(
    chosen.flatMap((places) => {
      const countries = new Set(places.map((place) => place.country));
      return countries.size === 1 ? [...countries] : [];
    }),
  );
  const sure = named.size > 0 ? named : single;
  const out: Place[][] = [];
  for (const places of chosen) {
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
  return {
    countries: [...countries].sort(),
    lineage: [...lineage].sort(),
    named: [...named].sort(),
  };
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

/**
 * True when every place `own` names is one of `main`'s places or contains one: "Iran" or
 * "Pakistan's northwest" speak of an event placed in Kerman or Bajaur; "Peshawar" inside an
 * article about Bajaur does not (it is a place the main event is not in).
 */
export function withinMainPlaces(own: EventPlaces, main: EventPlaces): boolean {
  return own.named.every((id) => main.lineage.includes(id));
}
