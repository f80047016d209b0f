import countries from 'world-countries';
import { City, State } from 'country-state-city';
import { Gazetteer } from './gazetteer';
import { cityRecords, countryRecords, regionRecords } from './records';

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
    ...cityRecords(City.getAllCities()),
  ]);
  return built;
}
