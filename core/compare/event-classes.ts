import type { ComparableItem } from './item';

/**
 * Everything grouping reads of an item's event: names, venues, places and date. Two items of one
 * bucket with the same signature are the same fact by every rule grouping has.
 */
export function eventSignature(item: ComparableItem): string {
  let signature = signatures.get(item);
  if (signature === undefined) signatures.set(item, (signature = signatureOf(item)));
  return signature;
}

/** Each item's signature, made once (items are never changed). */
const signatures = new WeakMap<ComparableItem, string>();

function signatureOf(item: ComparableItem): string {
  const { names, venues, places, date } = item.eventKey;
  const placeText = places
    ? [places.countries, places.lineage, places.named, places.countryWords ?? []]
        .map((list) => list.join('\u0002'))
        .join('\u0003')
    : '';
  return [names.join('\u0002'), venues.join('\u0002'), placeText, date ?? ''].join('\u0001');
}

/** True when an item names its event, its place or its date: only such items can match. */
function identifiesEvent(item: ComparableItem): boolean {
  const key = item.eventKey;
  return key.names.length > 0 || key.places !== undefined || key.date !== undefined;
}

/**
 * Splits one bucket's members (indices into `items`, in position order) into the first member
 * of each event class, which the greedy pass matches, and the later members, each with the
 * first member it simply follows. An analyst's claims about one event mostly inherit the same
 * lede, so a large bucket holds few classes; and a new claim of a known class changes no match,
 * which keeps a tag on a large project cheap. Items a manual decision names, and items that
 * identify no event (they never match anything), each stay on their own.
 */
export function eventClasses(
  members: readonly number[],
  items: readonly ComparableItem[],
  decided: ReadonlySet<string>,
): { leaders: number[]; followers: [member: number, leader: number][] } {
  const leaderOf = new Map<string, number>();
  const leaders: number[] = [];
  const followers: [number, number][] = [];
  for (const index of members) {
    const item = items[index] as ComparableItem;
    if (decided.has(item.id) || !identifiesEvent(item)) {
      leaders.push(index);
      continue;
    }
    const signature = eventSignature(item);
    const leader = leaderOf.get(signature);
    if (leader === undefined) {
      leaderOf.set(signature, index);
      leaders.push(index);
    } else followers.push([index, leader]);
  }
  return { leaders, followers };
}
