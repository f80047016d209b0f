import { describe, expect, it } from 'vitest';
import { MapGazetteer, type PlaceRecord } from '../../../core/places/gazetteer';
import { defaultGazetteer } from '../../../core/places/load';
import {
  isPackedPlaces,
  packGazetteer,
  PackedGazetteer,
} from '../../../core/places/packed-gazetteer';

const ids = (places: readonly { id: string }[]) => places.map((place) => place.id).join('|');

describe('the packed gazetteer (what the worker hands the page)', () => {
  const full = defaultGazetteer();
  const packed = new PackedGazetteer(packGazetteer(full));

  it('means the same places by every name key, in the same order', () => {
    const differ = [...full.names()].filter(
      ([key, places]) => ids(packed.lookup(key)) !== ids(places),
    );
    expect(differ).toEqual([]);
  });

  it('knows every place by its id, with the same fields', () => {
    const differ = [...full.places()].filter(
      (place) => JSON.stringify(packed.place(place.id)) !== JSON.stringify(place),
    );
    expect(differ).toEqual([]);
  });

  it.each([
    ['St. Petersburg', 'saint petersburg'],
    ['Khyber-Pakhtunkhwa', 'khyber pakhtunkhwa'],
    ['Россия', 'россия'],
    ['Nowhere-on-Earth-Ville', 'nowhere on earth ville'],
    ['Io', 'io'],
  ])('looks "%s" up as the map gazetteer does', (name) => {
    expect(packed.lookup(name)).toEqual(full.lookup(name));
  });

  it.each([['ZZ/none'], [''], ['IR/08/Kerman/extra']])('has no place with id "%s"', (id) => {
    expect(packed.place(id)).toBeUndefined();
  });

  it('gives the same objects when asked again, and the lineage read off the id', () => {
    const [first] = packed.lookup('Kerman');
    expect(packed.lookup('kerman')[0]).toBe(first);
    expect(packed.lineage(packed.place('IR/08/Kerman')!)).toEqual(['IR', 'IR/08', 'IR/08/Kerman']);
  });
});

describe('packing a small gazetteer', () => {
  const records: PlaceRecord[] = [
    { id: 'AA', kind: 'country', name: 'Aland', country: 'AA', names: ['Aland', 'Alanders'] },
    { id: 'AA/1', kind: 'region', name: 'North', country: 'AA', names: ['North'] },
    {
      id: 'AA/1/Port',
      kind: 'city',
      name: 'Port',
      country: 'AA',
      capital: true,
      names: ['Port'],
    },
    { id: 'AA/1/North', kind: 'city', name: 'North', country: 'AA', names: ['North'] },
  ];
  const map = new MapGazetteer(records);
  const packed = new PackedGazetteer(packGazetteer(map));

  it.each(['Aland', 'alanders', 'NORTH', 'Port', 'South'])('finds "%s" as the map does', (name) => {
    expect(packed.lookup(name)).toEqual(map.lookup(name));
  });

  it('refuses a field that holds the row separator', () => {
    const bad = new MapGazetteer([{ ...records[0]!, id: 'A\u001fB' }]);
    expect(() => packGazetteer(bad)).toThrow(/U\+001F/);
  });
});

describe('a worker message read as packed places', () => {
  const good = packGazetteer(new MapGazetteer());

  it.each<[string, unknown, boolean]>([
    ['the packed form', good, true],
    ['nothing', null, false],
    ['a string', 'build', false],
    ['a plain array where a typed one belongs', { ...good, keyPlaces: [1, 2] }, false],
    ['a missing text', { ...good, keyText: undefined }, false],
  ])('%s: %s', (_, value, expected) => {
    expect(isPackedPlaces(value)).toBe(expected);
  });
});
