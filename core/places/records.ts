import type { PlaceRecord } from './gazetteer';
import { placeKey } from './names';

/** A country as the world-countries package describes it (only the fields read here). */
export interface CountryData {
  cca2: string;
  cca3: string;
  name: {
    common: string;
    official: string;
    native?: Record<string, { common: string; official: string }>;
  };
  altSpellings: readonly string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
  capital?: readonly string[];
}

/** A region or a city as the country-state-city package describes it. */
export interface RegionData {
  name: string;
  isoCode: string;
  countryCode: string;
}
export interface CityData {
  name: string;
  stateCode: string;
  countryCode: string;
}

/** Words a region's name carries that writers often leave out: "Kerman Province" is "Kerman". */
const REGION_SUFFIX =
  /\s+(?:province|oblast|region|krai|governorate|district|state|county|prefecture)$/iu;

/** The plural a demonym takes as a noun: "Afghans", "Pakistanis"; "Swiss", "Chinese" stay. */
function demonymPlural(word: string): string | null {
  return /(?:ese|ss|sh|ch)$/iu.test(word) ? null : `${word}s`;
}

/**
 * Countries with their common, official, alternative and translated names (so "Россия" and
 * "Russian Federation" are Russia) and their demonyms ("Iranian", "Afghans"), which tie a
 * population or an event to its country.
 */
export function countryRecords(countries: readonly CountryData[]): PlaceRecord[] {
  return countries.map((country) => {
    // Not the three-letter codes: "GEO", "CAN", "PER" are words ("Geo News") far more often.
    const names = new Set<string>([country.name.common, country.name.official]);
    for (const spelling of country.altSpellings) if (spelling.length > 2) names.add(spelling);
    for (const native of Object.values(country.name.native ?? {})) {
      names.add(native.common);
      names.add(native.official);
    }
    for (const translation of Object.values(country.translations)) {
      names.add(translation.common);
      names.add(translation.official);
    }
    const english = country.demonyms?.eng;
    for (const demonym of english ? [english.m, english.f] : []) {
      if (!demonym) continue;
      names.add(demonym);
      const plural = demonymPlural(demonym);
      if (plural) names.add(plural);
    }
    return {
      id: country.cca2,
      kind: 'country',
      name: country.name.common,
      country: country.cca2,
      names: [...names],
    };
  });
}

/** Regions (states, provinces, oblasts) under their country, with and without the kind word. */
export function regionRecords(regions: readonly RegionData[]): PlaceRecord[] {
  return regions.map((region) => {
    const short = region.name.replace(REGION_SUFFIX, '');
    return {
      id: `${region.countryCode}/${region.isoCode}`,
      kind: 'region',
      name: region.name,
      country: region.countryCode,
      names: short === region.name ? [region.name] : [region.name, short],
    };
  });
}

/** Each country's capitals as "CC|name key", to mark them among the cities. */
export function capitalKeys(countries: readonly CountryData[]): Set<string> {
  return new Set(
    countries.flatMap((country) =>
      (country.capital ?? []).map((name) => `${country.cca2}|${placeKey(name)}`),
    ),
  );
}

/** Cities under their region and country; a country's capital is marked (see capitalKeys). */
export function cityRecords(
  cities: readonly CityData[],
  capitals: ReadonlySet<string> = new Set(),
): PlaceRecord[] {
  return cities.map((city) => {
    const record: PlaceRecord = {
      id: `${city.countryCode}/${city.stateCode}/${city.name}`,
      kind: 'city',
      name: city.name,
      country: city.countryCode,
      names: [city.name],
    };
    if (capitals.has(`${city.countryCode}|${placeKey(city.name)}`)) record.capital = true;
    return record;
  });
}
