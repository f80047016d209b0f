import { describe, expect, it } from 'vitest';
import { City } from 'country-state-city';
import { citiesBetween, CITY_COUNT } from '../../../core/places/city-rows';
import { buildGazetteerInSlices, defaultGazetteer } from '../../../core/places/load';

describe('the gazetteer built in slices', () => {
  it('pauses between slices and ends as the one gazetteer both hosts share', async () => {
    let pauses = 0;
    const sliced = await buildGazetteerInSlices(() => {
      pauses += 1;
      return Promise.resolve();
    });
    // 150,000 cities in slices of 5,000: about thirty pauses, never one long block of work.
    expect(pauses).toBeGreaterThan(20);
    expect(defaultGazetteer()).toBe(sliced);
    for (const [name, id] of [
      ['Kerman', 'IR/08/Kerman'],
      ['Krasnogorsk', 'RU/MOS/Krasnogorsk'],
      ['Pakistan', 'PK'],
    ] as const)
      expect(sliced.lookup(name).map((place) => place.id)).toContain(id);
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
