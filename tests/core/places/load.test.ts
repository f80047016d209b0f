import { describe, expect, it } from 'vitest';
import { City } from 'country-state-city';
import { citiesBetween, CITY_COUNT } from '../../../core/places/city-rows';
import { MapGazetteer } from '../../../core/places/gazetteer';
import {
  buildGazetteerInSlices,
  defaultGazetteer,
  placeRecordBatches,
} from '../../../core/places/load';

describe('the gazetteer built in slices', () => {
  it('pauses between slices and ends as the one gazetteer both hosts share', async () => {
    let pauses = 0;
    const sliced = await buildGazetteerInSlices(() => {
      pauses += 1;
      return Promise.resolve();
    });
    // 150,000 cities in batches of 1,000: about 150 pauses, never one long block of work.
    expect(pauses).toBeGreaterThan(100);
    expect(defaultGazetteer()).toBe(sliced);
    for (const [name, id] of [
      ['Kerman', 'IR/08/Kerman'],
      ['Krasnogorsk', 'RU/MOS/Krasnogorsk'],
      ['Pakistan', 'PK'],
    ] as const)
      expect(sliced.lookup(name).map((place) => place.id)).toContain(id);
  });
});

describe('the batches of place records (what the gazetteer worker posts)', () => {
  const batches = [...placeRecordBatches()];
  const built = new MapGazetteer();
  for (const batch of batches) built.add(batch);

  it('hold every country, region and city once, the cities in small batches', () => {
    const ids = batches.flat().map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(batches.flat().filter((record) => record.kind === 'city')).toHaveLength(CITY_COUNT);
    for (const batch of batches.slice(1)) expect(batch.length).toBeLessThanOrEqual(1000);
  });

  it.each([
    ['Kerman', 'IR/08/Kerman'],
    ['Krasnogorsk', 'RU/MOS/Krasnogorsk'],
    ['Pakistan', 'PK'],
    ['Vienna', 'AT/9/Vienna'],
  ])('added one by one, they look up "%s" as the default gazetteer does', (name, id) => {
    expect(built.lookup(name).map((place) => place.id)).toContain(id);
    expect(built.lookup(name)).toEqual(defaultGazetteer().lookup(name));
  });
});

describe('the cities read from the package data rows', () => {
  it('are the cities the package itself gives, in its order, however they are sliced', () => {
    const fromPackage = City.getAllCities().map(({ name, countryCode, stateCode }) => ({
      name,
      countryCode,
      stateCode,
    }));
    expect(CITY_COUNT).toBe(fromPackage.length);
    expect(citiesBetween(0, CITY_COUNT)).toEqual(fromPackage);
    for (const [from, to] of [
      [0, 3],
      [5_000, 10_000],
      [CITY_COUNT - 2, CITY_COUNT + 10],
    ] as const)
      expect(citiesBetween(from, to)).toEqual(fromPackage.slice(from, to));
  });
});
