import { describe, expect, it } from 'vitest';
import {
  eventPlacesOf,
  placeMatchDepth,
  placesClash,
  sharedPlaceDepth,
  withinMainPlaces,
} from '../../../core/compare/event-places';
import { placeKey } from '../../../core/places/names';
import { defaultGazetteer } from '../../../core/places/load';

const gazetteer = defaultGazetteer();
const places = (cue: string) => eventPlacesOf(cue, gazetteer) ?? undefined;

describe('place names are written one way for lookup', () => {
  it.each([
    ['St. Petersburg', 'saint petersburg'],
    ['Saint-Petersburg', 'saint petersburg'],
    ["Moscow's", 'moscow'],
    ['Khyber-Pakhtunkhwa', 'khyber pakhtunkhwa'],
    ['Zürich', 'zurich'],
  ])('%s -> %s', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });
});

describe('the gazetteer reads the places of a cue', () => {
  it.each([
    ['a blast in the Iranian city of Kerman', ['IR']],
    ['the bombing near Kerman, Iran', ['IR']],
    ['the attack in Россия', ['RU']],
    ['the shooting in Vienna, Austria', ['AT']],
    ['a concert hall in Krasnogorsk outside Moscow', ['RU']],
    ['the Islamic Republic of Iran', ['IR']],
    ['the rally in Pakistan', ['PK']],
    // A town's name inside a longer name is a word of that name, not the town.
    ["the blast at the mosque in Multan's Police Lines compound", ['PK']],
    ['the blast struck near the Police Lines area of Multan', ['PK']],
    ['the injured were taken to Lady Reading hospital in Multan', ['PK']],
    // A venue or a kind of place after a city keeps it a city.
    ['the bombing at Kabul Airport, Afghanistan', ['AF']],
    ['the blast at Multan Airport', ['PK']],
    // A sentence's first word is capitalised whatever it is: weaker than a name inside one.
    ['a bomb hit a mosque in Multan. Police said 40 died.', ['PK']],
    // Months and weekdays are never towns (March, England; Sunday, Texas).
    ['the bombing in Multan on Sunday, as warned in early March', ['PK']],
    ['a suicide attack in Southern Punjab', ['IN', 'PK']],
  ])('%s -> countries %j', (cue, countries) => {
    expect(places(cue)?.countries).toEqual(countries);
  });

  it.each([
    ['the attack'],
    ['Monday afternoon'],
    ['the Jamiat convention'],
    // A borough's name after a person's title is the person (Reading is a town and a borough).
    ['more than 90 hurt were taken to the Lady Reading hospital'],
    // A direction is an adjective of the name it opens, never a province called "North".
    ['the militants fled to North Waziristan'],
  ])('%s names no place', (cue) => {
    expect(places(cue)).toBeUndefined();
  });

  it('keeps every reading of a name it cannot settle, so it clashes with none of them', () => {
    expect(places('the bombing in St. Petersburg')?.countries).toEqual(
      expect.arrayContaining(['RU', 'US']),
    );
  });

  it.each([
    ['the shooting in Vienna', ['AT']],
    ['explosions in Brussels', ['BE']],
    ['a blast in Kabul', ['AF']],
  ])('takes a capital for what its name means: %s -> %j', (cue, countries) => {
    expect(places(cue)?.countries).toEqual(countries);
  });
});

describe('how two events meet by place', () => {
  it.each([
    ['blast in Kerman, Iran', 'bombings in Iran', false, 1],
    ['bombing at a mosque in Peshawar', 'blast in Kerman, Iran', true, 0],
    ['explosion in the St. Petersburg metro', 'blast in Saint Petersburg, Russia', false, 3],
    ['attack in Pakistan', 'blast in Peshawar', false, 1],
  ])('%s / %s: clash %s, shared depth %i', (a, b, clash, depth) => {
    expect(placesClash(places(a), places(b))).toBe(clash);
    expect(sharedPlaceDepth(places(a), places(b))).toBe(depth);
  });

  it.each([
    // Two cities of one country: no clash, but no evidence of one event either.
    ['explosion in Saint Petersburg, Russia', 'attack in Moscow', 0],
    ['bombing in Multan', 'blast in Lahore', 0],
    ['blast in Kerman, Iran', 'bombings in Iran', 1],
    ['hall in Krasnogorsk near Moscow', 'attack in Moscow', 3],
  ])('%s / %s: matched at depth %i', (a, b, depth) => {
    expect(placeMatchDepth(places(a), places(b))).toBe(depth);
  });

  it.each([
    ['Iran', 'a blast in Kerman, Iran', true],
    ['Pakistan', 'the rally bombing in Peshawar, Pakistan', true],
    ['Peshawar', 'the rally bombing in Pakistan', false],
    ['Russia', 'blasts in Kerman, Iran', false],
  ])('%s speaks of the main event "%s": %s', (own, main, within) => {
    const a = places(own);
    const b = places(main);
    expect(a && b && withinMainPlaces(a, b)).toBe(within);
  });
});
