import { placeKey } from './names';

/** The levels of the place hierarchy the comparison knows. */
export type PlaceKind = 'country' | 'region' | 'city';

/** One place in the gazetteer: a country, a region of a country, or a city within a region. */
export interface Place {
  /** Stable id: "IR" for a country, "IR/08" for a region, "IR/08/Kerman" for a city. */
  id: string;
  kind: PlaceKind;
  name: string;
  /** ISO 3166-1 alpha-2 code of the country the place is in (its own code for a country). */
  country: string;
  /** A country's capital city: what a bare "Brussels" or "Moscow" in the news means. */
  capital?: boolean;
}

/** What a gazetteer is built from: places with every name they are written with. */
export interface PlaceRecord extends Place {
  names: readonly string[];
}

/** Words of at most this many parts are looked up as one name ("Sri Lanka", "New York City"). */
export const LONGEST_PLACE_NAME = 4;

/**
 * An offline lookup of place names (see core/places/load.ts for the data): every name maps to
 * the places it can mean ("Vienna" is Austria's capital and three US towns), and every place
 * knows its parents, so that the comparison can tell that Kerman lies in Iran and that Peshawar
 * and Kerman cannot be one place. Two forms answer alike: {@link MapGazetteer}, built record by
 * record, and PackedGazetteer (packed-gazetteer.ts), which a Web Worker hands the page whole.
 */
export interface Gazetteer {
  /** Every place a name can mean; empty when the name is not a place the gazetteer knows. */
  lookup(name: string): readonly Place[];
  /** The place with this id, when known. */
  place(id: string): Place | undefined;
  /** The ids of a place and of everything it lies in, broadest first (see placeLineage). */
  lineage(place: Place): string[];
}

/**
 * The ids of a place and of everything it lies in, broadest first: a city's country, its
 * region, itself. Ids are paths, so the lineage is read off the id.
 */
export function placeLineage(place: Place): string[] {
  const parts = place.id.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** A gazetteer held in maps, built from records a batch at a time. */
export class MapGazetteer implements Gazetteer {
  private readonly byName = new Map<string, Place[]>();
  private readonly byId = new Map<string, Place>();

  constructor(records: Iterable<PlaceRecord> = []) {
    this.add(records);
  }

  /**
   * Adds places to the lookup. Lets a host build the gazetteer in slices between other work
   * (see buildGazetteerInSlices): 150,000 cities in one go would hold a page for half a second.
   */
  add(records: Iterable<PlaceRecord>): void {
    for (const record of records) {
      const place: Place = {
        id: record.id,
        kind: record.kind,
        name: record.name,
        country: record.country,
      };
      if (record.capital) place.capital = true;
      this.byId.set(place.id, place);
      for (const name of record.names) {
        const key = placeKey(name);
        if (key.length < 3) continue;
        const list = this.byName.get(key);
        if (!list) this.byName.set(key, [place]);
        else if (!list.some((known) => known.id === place.id)) list.push(place);
      }
    }
  }

  lookup(name: string): readonly Place[] {
    return this.byName.get(placeKey(name)) ?? [];
  }

  place(id: string): Place | undefined {
    return this.byId.get(id);
  }

  lineage(place: Place): string[] {
    return placeLineage(place);
  }

  /** Every looked-up name key with the places it means, to pack the gazetteer (packGazetteer). */
  names(): IterableIterator<[string, readonly Place[]]> {
    return this.byName.entries();
  }

  /** Every place, by id. */
  places(): IterableIterator<Place> {
    return this.byId.values();
  }
}
