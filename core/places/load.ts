import countries from 'world-countries';
import { State } from 'country-state-city';
import { citiesBetween, CITY_COUNT } from './city-rows';
import { MapGazetteer, type PlaceRecord } from './gazetteer';
import { capitalKeys, cityRecords, countryRecords, regionRecords } from './records';

let built: MapGazetteer | null = null;

/**
 * The gazetteer built from two well-kept offline data packages: world-countries (250 countries
 * with names in many languages and demonyms) and country-state-city (5,000 regions and 150,000
 * cities with their parents). Built on first use and shared. The data is large (about 10 MB):
 * the web build reads it in a Web Worker, or imports this module dynamically where workers
 * cannot run, so it stays out of the first chunk.
 */
export function defaultGazetteer(): MapGazetteer {
  if (!built) {
    built = new MapGazetteer();
    for (const batch of placeRecordBatches()) built.add(batch);
  }
  return built;
}

/** Cities per batch of {@link placeRecordBatches}. */
const CITIES_PER_BATCH = 1000;

/**
 * The gazetteer's records a batch at a time: the countries and regions, then the cities 1,000 at
 * a time: what a host adds between two turns of the page ({@link buildGazetteerInSlices}), or a
 * Web Worker to the gazetteer it packs for the page (renderer/workers/gazetteer-worker.ts).
 */
export function* placeRecordBatches(): Generator<PlaceRecord[], void, void> {
  yield [...countryRecords(countries), ...regionRecords(State.getAllStates())];
  const capitals = capitalKeys(countries);
  for (let from = 0; from < CITY_COUNT; from += CITIES_PER_BATCH)
    yield cityRecords(citiesBetween(from, from + CITIES_PER_BATCH), capitals);
}

/**
 * The same gazetteer as {@link defaultGazetteer}, built a batch at a time with a pause before
 * each, so that a page building it stays responsive (each batch is a few milliseconds of work;
 * the whole is half a second). `pause` is the host's way to yield (a timeout or the scheduler in
 * a browser); core never reads a clock. Shares the result with {@link defaultGazetteer}, so both
 * hosts group with one gazetteer.
 */
export async function buildGazetteerInSlices(pause: () => Promise<void>): Promise<MapGazetteer> {
  if (built) return built;
  const gazetteer = new MapGazetteer();
  for (const batch of placeRecordBatches()) {
    await pause();
    if (built) return built;
    gazetteer.add(batch);
  }
  built ??= gazetteer;
  return built;
}
