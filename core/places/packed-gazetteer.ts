import {
  placeLineage,
  type Gazetteer,
  type MapGazetteer,
  type Place,
  type PlaceKind,
} from './gazetteer';
import { placeKey } from './names';

/**
 * A gazetteer as two strings and four integer arrays: what a Web Worker can hand the page in one
 * message, copied and transferred in a few milliseconds, where the same 150,000 places as
 * objects in maps took the page ~150 tasks of adding records and collections of their garbage.
 * Places are sorted by id; each row is "id␟kind␟name␟country␟capital" (␟ = U+001F).
 */
export interface PackedPlaces {
  placeText: string;
  /** Where each place's row starts in placeText, and where the last ends (places + 1). */
  placeStarts: Int32Array;
  /** The name keys (placeKey), sorted, one after another. */
  keyText: string;
  /** Where each key starts in keyText, and where the last ends (keys + 1). */
  keyStarts: Int32Array;
  /** Where each key's places start in keyPlaces, and where the last key's end (keys + 1). */
  keyPlaceStarts: Int32Array;
  /** The places (their indexes) each key means, in the order the gazetteer gave them. */
  keyPlaces: Int32Array;
}

const FIELD = '\u001f';
const KINDS: readonly PlaceKind[] = ['country', 'region', 'city'];

/** Sorts as the page's binary search compares: by UTF-16 code units, as `<` does. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Packs a gazetteer (see {@link PackedPlaces}); {@link PackedGazetteer} answers from the result
 * exactly as the gazetteer did. Throws on a place field holding the row separator, which the
 * data packages never do.
 */
export function packGazetteer(gazetteer: MapGazetteer): PackedPlaces {
  const places = [...gazetteer.places()].sort((a, b) => byCodeUnits(a.id, b.id));
  const indexOf = new Map(places.map((place, index) => [place.id, index]));
  const rows = places.map((place) => {
    const fields = [place.id, place.kind, place.name, place.country, place.capital ? '1' : ''];
    if (fields.some((field) => field.includes(FIELD)))
      throw new Error(`a place field holds U+001F: ${place.id}`);
    return fields.join(FIELD);
  });
  const keys = [...gazetteer.names()].sort(([a], [b]) => byCodeUnits(a, b));
  const keyPlaceStarts = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach(([, meant], index) => {
    keyPlaceStarts[index] = total;
    total += meant.length;
  });
  keyPlaceStarts[keys.length] = total;
  const keyPlaces = new Int32Array(total);
  let at = 0;
  for (const [, meant] of keys) for (const place of meant) keyPlaces[at++] = indexOf.get(place.id)!;
  return {
    placeText: rows.join(''),
    placeStarts: startsOf(rows),
    keyText: keys.map(([key]) => key).join(''),
    keyStarts: startsOf(keys.map(([key]) => key)),
    keyPlaceStarts,
    keyPlaces,
  };
}

/** The start of each string laid one after another, and the end of the last. */
function startsOf(parts: readonly string[]): Int32Array {
  const starts = new Int32Array(parts.length + 1);
  parts.forEach((part, index) => (starts[index + 1] = starts[index]! + part.length));
  return starts;
}

/** Whether a value (a worker's message) has the shape of {@link PackedPlaces}. */
export function isPackedPlaces(value: unknown): value is PackedPlaces {
  if (typeof value !== 'object' || value === null) return false;
  const packed = value as Record<string, unknown>;
  return (
    typeof packed.placeText === 'string' &&
    typeof packed.keyText === 'string' &&
    ['placeStarts', 'keyStarts', 'keyPlaceStarts', 'keyPlaces'].every(
      (name) => packed[name] instanceof Int32Array,
    )
  );
}

const NONE: readonly Place[] = [];

/**
 * A gazetteer read from its packed form: a name is found by binary search over the sorted keys,
 * a place by binary search over the ids, and each is made into objects once, when first asked
 * for, so the page holds only what the comparison has looked up.
 */
export class PackedGazetteer implements Gazetteer {
  private readonly found = new Map<string, readonly Place[]>();
  private readonly made = new Map<number, Place>();

  constructor(private readonly packed: PackedPlaces) {}

  lookup(name: string): readonly Place[] {
    const key = placeKey(name);
    let places = this.found.get(key);
    if (places === undefined) {
      const index = this.keyIndex(key);
      places = index < 0 ? NONE : this.placesOfKey(index);
      this.found.set(key, places);
    }
    return places;
  }

  place(id: string): Place | undefined {
    const { placeStarts } = this.packed;
    let low = 0;
    let high = placeStarts.length - 2;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const known = this.idAt(middle);
      if (known === id) return this.placeAt(middle);
      if (known < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  lineage(place: Place): string[] {
    return placeLineage(place);
  }

  private keyIndex(key: string): number {
    const { keyText, keyStarts } = this.packed;
    let low = 0;
    let high = keyStarts.length - 2;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const known = keyText.slice(keyStarts[middle], keyStarts[middle + 1]);
      if (known === key) return middle;
      if (known < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  private placesOfKey(index: number): Place[] {
    const { keyPlaceStarts, keyPlaces } = this.packed;
    const places: Place[] = [];
    for (let at = keyPlaceStarts[index]!; at < keyPlaceStarts[index + 1]!; at += 1)
      places.push(this.placeAt(keyPlaces[at]!));
    return places;
  }

  private idAt(index: number): string {
    const { placeText, placeStarts } = this.packed;
    const start = placeStarts[index]!;
    return placeText.slice(start, placeText.indexOf(FIELD, start));
  }

  private placeAt(index: number): Place {
    let place = this.made.get(index);
    if (place === undefined) {
      const { placeText, placeStarts } = this.packed;
      const row = placeText.slice(placeStarts[index], placeStarts[index + 1]);
      const [id = '', kind = '', name = '', country = '', capital = ''] = row.split(FIELD);
      place = { id, kind: KINDS.find((known) => known === kind) ?? 'city', name, country };
      if (capital) place.capital = true;
      this.made.set(index, place);
    }
    return place;
  }
}
