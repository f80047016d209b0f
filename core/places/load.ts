import countries from 'world-countries';
import { State } from 'country-state-city';
import { citiesBetween, CITY_COUNT } from './city-rows';
import { Gazetteer } from './gazetteer';
import { capitalKeys, cityRecords, countryRecords, regionRecords } from './records';

let built: Gazetteer | null = null;

/**
 * The gazetteer built from two well-kept offline data packages: world-countries (250 countries
 * with names in many languages and demonyms) and country-state-city (5,000 regions and 150,000
 * cities with their parents). Built on first use and shared. The data is large (about 10 MB):
 * the web build imports this module dynamically, so it stays out of the first chunk.
 */
export function defaultGazetteer(): Gazetteer {
  built ??= new Gazetteer([
    ...countryRecords(countries),
    ...regionRecords(State.getAllStates()),
    ...cityRecords(citiesBetween(0, CITY_COUNT), capitalKeys(countries)),
  ]);
  return built;
}

/** Cities added between two pauses of {@link buildGazetteerInSlices}. */
const CITIES_PER_SLICE = 5000;

/**
 * The same gazetteer as {@link defaultGazetteer}, built a slice of cities at a time with a
 * pause between slices, so that a page building it stays responsive (each slice is a few
 * milliseconds of work; the whole is half a second). `pause` is the host's way to yield (a
 * timeout or the scheduler in a browser); core never reads a clock. Shares the result with
 * {@link defaultGazetteer}, so both hosts group with one gazetteer.
 */
export async function buildGazetteerInSlices(pause: () => Promise<void>): Promise<Gazetteer> {
  if (built) return built;
  const gazetteer = new Gazetteer([
    ...countryRecords(countries),
    ...regionRecords(State.getAllStates()),
  ]);
  const capitals = capitalKeys(countries);
  for (let from = 0; from < CITY_COUNT; from += CITIES_PER_SLICE) {
    await pause();
    if (built) return built;
    gazetteer.add(cityRecords(citiesBetween(from, from + CITIES_PER_SLICE), capitals));
  }
  built ??= gazetteer;
  return built;
}
