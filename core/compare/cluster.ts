import { datesOverlap, parseDateSpan, type DateSpan } from './dates';
import { demonymOnlyMatch, nameBucket, namesMatch, venuesClash } from './event-key';
import { scriptNeutralKey } from './script-names';
import { placeMatchDepth, placesClash, type EventPlaces } from './event-places';
import type { ComparableItem } from './item';

/** Two names: no match, a match only through a demonym ending, or a match. */
type NameRelation = 'none' | 'demonym' | 'match';

/** What a cluster of items knows about its event, kept up to date as clusters merge. */
interface ClusterState {
  names: string[];
  venues: string[];
  /** Where the members' events happened, joined as clusters merge. */
  places?: EventPlaces;
  /** Distinct event dates of the members, as text and span. */
  dates: { text: string; span: DateSpan }[];
  /** Items some member must never be grouped with (manual unlinks). */
  forbidden: number[];
  size: number;
}

/**
 * Constrained union-find over items: clusters merge only while their event stays coherent
 * (dates overlap, venues do not clash, no manual unlink is crossed). Union-find keeps the
 * whole pass near-linear; the constraints stop chains like "Moscow, March 2024" - "Moscow" -
 * "Moscow, September 2022" from collapsing into one event.
 */
export class EventClusters {
  private readonly parent: number[];
  private readonly state: ClusterState[];
  /**
   * How two names relate (see nameRelation), by pair: the same few names meet again and again
   * (every claim of a report carries its lede's names), and comparing them was most of the time
   * of grouping a large project.
   */
  private readonly relations = new Map<string, Map<string, NameRelation>>();

  constructor(private readonly items: readonly ComparableItem[]) {
    this.parent = items.map((_, index) => index);
    this.state = items.map((item) => {
      const span = item.eventKey.date ? parseDateSpan(item.eventKey.date) : null;
      const state: ClusterState = {
        names: [...item.eventKey.names],
        venues: [...item.eventKey.venues],
        dates: span && item.eventKey.date ? [{ text: item.eventKey.date, span }] : [],
        forbidden: [],
        size: 1,
      };
      if (item.eventKey.places) state.places = item.eventKey.places;
      return state;
    });
  }

  /** The representative of an item's cluster. */
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let at = index;
    while (this.parent[at] !== root) {
      const next = this.parent[at] ?? root;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  /** Records a manual unlink: the two items never end up in one cluster. */
  forbid(a: number, b: number): void {
    this.state[this.find(a)]?.forbidden.push(b);
    this.state[this.find(b)]?.forbidden.push(a);
  }

  private crossesUnlink(ra: number, rb: number): boolean {
    const a = this.state[ra];
    const b = this.state[rb];
    if (!a || !b) return false;
    return (
      a.forbidden.some((item) => this.find(item) === rb) ||
      b.forbidden.some((item) => this.find(item) === ra)
    );
  }

  /** True when the two clusters may describe one event. */
  compatible(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const sa = this.state[ra];
    const sb = this.state[rb];
    if (!sa || !sb) return false;
    if (venuesClash(sa.venues, sb.venues) || placesClash(sa.places, sb.places)) return false;
    for (const x of sa.dates) {
      for (const y of sb.dates) if (!datesOverlap(x.span, y.span)) return false;
    }
    return !this.crossesUnlink(ra, rb);
  }

  /** True when some member of the cluster names its event or its place. */
  hasNames(cluster: number): boolean {
    const state = this.state[this.find(cluster)];
    return (state?.names.length ?? 0) > 0 || state?.places !== undefined;
  }

  /**
   * How specifically the item's place and the cluster's meet (3 city, 2 region, 1 country),
   * as a pseudo-name ("@IR/08") so that a place match bridges clusters like a shared name.
   */
  matchedPlace(item: number, cluster: number): string | null {
    const places = this.items[item]?.eventKey.places;
    const state = this.state[this.find(cluster)];
    const depth = placeMatchDepth(places, state?.places);
    if (!places || depth === 0) return null;
    const id = places.lineage.find(
      (at) => at.split('/').length === depth && state?.places?.lineage.includes(at),
    );
    return id ? `@${id}` : null;
  }

  /**
   * The item's names that some name of the cluster matches. A match only through a demonym
   * ("Russian" / "Russia") counts when the two also share a venue ("Russian embassy" / "Russia's
   * embassy"): a country alone is too weak to tie two events together.
   */
  matchedNames(item: number, cluster: number): string[] {
    const key = this.items[item]?.eventKey;
    const state = this.state[this.find(cluster)];
    if (!key || !state) return [];
    const sharedVenue = key.venues.some((venue) => state.venues.includes(venue));
    // With places on both sides, a country's name is matched as a place, not as a name.
    const placed = key.places !== undefined && state.places !== undefined;
    const countries = new Set([
      ...(key.places?.countryWords ?? []),
      ...(state.places?.countryWords ?? []),
    ]);
    return key.names.filter(
      (name) =>
        !(placed && countries.has(name)) &&
        state.names.some((other) => {
          const relation = this.relation(name, other);
          return relation === 'match' || (relation === 'demonym' && sharedVenue);
        }),
    );
  }

  private relation(a: string, b: string): NameRelation {
    let known = this.relations.get(a);
    if (!known) this.relations.set(a, (known = new Map<string, NameRelation>()));
    let relation = known.get(b);
    if (relation === undefined) {
      relation = !namesMatch(a, b) ? 'none' : demonymOnlyMatch(a, b) ? 'demonym' : 'match';
      known.set(b, relation);
    }
    return relation;
  }

  /**
   * How strongly an item's event matches a cluster's: shared names count most, then shared
   * venues; the share of the cluster's names that match breaks ties, so "Kabul" prefers
   * "Abbey Gate, Kabul" over "Russian and Pakistani embassies in Kabul, Russia, the West".
   */
  score(item: number, cluster: number): number {
    const key = this.items[item]?.eventKey;
    const state = this.state[this.find(cluster)];
    if (!key || !state) return 0;
    const shared = this.matchedNames(item, cluster).length;
    const venues = key.venues.filter((venue) => state.venues.includes(venue)).length;
    const specificity = state.names.length > 0 ? shared / state.names.length : 0;
    const place = placeMatchDepth(key.places, state.places);
    return shared * 2 + venues + specificity + place;
  }

  /**
   * Merges two clusters. `force` skips the event checks (a manual link) but never crosses an
   * unlink. Returns whether they are now one cluster.
   */
  union(a: number, b: number, force = false): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (force ? this.crossesUnlink(ra, rb) : !this.compatible(ra, rb)) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const sk = this.state[keep];
    const sd = this.state[drop];
    if (!sk || !sd) return false;
    this.parent[drop] = keep;
    for (const name of sd.names) if (!sk.names.includes(name)) sk.names.push(name);
    for (const venue of sd.venues) if (!sk.venues.includes(venue)) sk.venues.push(venue);
    if (sd.places && sd.places !== sk.places)
      sk.places = sk.places ? joinPlaces(sk.places, sd.places) : sd.places;
    for (const date of sd.dates)
      if (!sk.dates.some((d) => d.text === date.text)) sk.dates.push(date);
    sk.forbidden.push(...sd.forbidden);
    sk.size += sd.size;
    return true;
  }

  /**
   * Puts an item in the cluster of another whose event it shares exactly (see eventClasses):
   * the cluster's event is unchanged, so nothing is checked or joined.
   */
  follow(item: number, leader: number): void {
    const root = this.find(leader);
    const state = this.state[root];
    if (this.parent[item] !== item || root === item || !state) return;
    this.parent[item] = root;
    state.size += 1;
  }

  /** The member indices of every cluster, each list in input order, clusters by first member. */
  clusters(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.items.forEach((_, index) => {
      const root = this.find(index);
      const list = byRoot.get(root) ?? [];
      list.push(index);
      byRoot.set(root, list);
    });
    return [...byRoot.values()];
  }
}

function joinPlaces(a: EventPlaces, b: EventPlaces): EventPlaces {
  const join = (x: string[], y: string[]) => [...new Set([...x, ...y])].sort();
  const joined: EventPlaces = {
    countries: join(a.countries, b.countries),
    lineage: join(a.lineage, b.lineage),
    named: join(a.named, b.named),
  };
  const words = join(a.countryWords ?? [], b.countryWords ?? []);
  if (words.length > 0) joined.countryWords = words;
  return joined;
}

/**
 * Index keys an item is filed under: its names' buckets, its countries and its day-precise
 * event date. With a cache, items reading the same names, countries and date share one answer.
 */
export function indexKeys(item: ComparableItem, cache?: Map<string, IndexKeys>): IndexKeys {
  if (!cache) return computeIndexKeys(item);
  const signature = keySignature(item);
  let keys = cache.get(signature);
  if (!keys) cache.set(signature, (keys = computeIndexKeys(item)));
  return keys;
}

/** Index keys: see {@link indexKeys}. */
export interface IndexKeys {
  names: string[];
  dates: string[];
}

/** Everything indexKeys reads of an item: items with the same signature have the same keys. */
function keySignature(item: ComparableItem): string {
  const { names, places, date } = item.eventKey;
  return `${names.join('\u0001')}\u0000${places?.countries.join('\u0001') ?? ''}\u0000${date ?? ''}`;
}

/**
 * Letters of a name's script-neutral key it is filed under: enough to meet a declined name in
 * another script ("Москвой" / "Moscow" share "mosk"), few enough names to share a posting that
 * grouping stays near-linear as a project grows (three letters filed one name in sixteen of a
 * large project together).
 */
const SOUND_KEY_LENGTH = 4;

function computeIndexKeys(item: ComparableItem): IndexKeys {
  const names = [
    ...new Set(item.eventKey.names.map((name) => `n:${nameBucket(name)}`)),
    // Filed by sound too, so a name in another script ("Москвой" / "Moscow") is met.
    ...new Set(
      item.eventKey.names.map((name) => `s:${scriptNeutralKey(name).slice(0, SOUND_KEY_LENGTH)}`),
    ),
    ...(item.eventKey.places?.countries ?? []).map((country) => `p:${country}`),
  ];
  const date = item.eventKey.date ?? '';
  const day = /^(?:\d{4}|-)-(\d{2}-\d{2})$/.exec(date);
  return { names, dates: day?.[1] ? [`d:${day[1]}`] : [] };
}
