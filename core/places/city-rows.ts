// country-state-city's own city data, read as it ships: one row per city, [name, countryCode,
// stateCode, latitude, longitude]. The package's City.getAllCities() turns all 150,000 rows
// into objects in one go (in a page: ~80 ms, then a ~100 ms collection, in one task); reading the
// rows lets the gazetteer turn them into records a slice at a time.
import rows from 'country-state-city/lib/assets/city.json';
import type { CityData } from './records';

/** How many cities the data holds. */
export const CITY_COUNT = rows.length;

/** The cities of rows `from` to `to` (exclusive), in the data's order. */
export function citiesBetween(from: number, to: number): CityData[] {
  const cities: CityData[] = [];
  for (const [name, countryCode, stateCode] of rows.slice(from, to))
    if (name && countryCode && stateCode !== undefined)
      cities.push({ name, countryCode, stateCode });
  return cities;
}
