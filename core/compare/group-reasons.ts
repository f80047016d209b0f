/**
 * Why the claims of a group were put together, in words an analyst can check: the measure,
 * who is counted, the event names they share, the place they share (through the gazetteer),
 * the date window, and whether the analyst's own link or split shaped the group.
 */
import type { Gazetteer } from '../places/gazetteer';
import { readableDate } from '../text/date-words';
import type { ComparableItem } from './item';
import { subjectKey } from './subject';

/** Names shared by every member's event, in the order the first member gives them. */
function sharedNames(members: readonly ComparableItem[]): string[] {
  const [first, ...rest] = members;
  if (!first) return [];
  return first.eventKey.names.filter((name) =>
    rest.every((item) => item.eventKey.names.includes(name)),
  );
}

/** The most specific place every placed member lies in ("Moscow Oblast, Russia"), if any. */
function sharedPlace(
  members: readonly ComparableItem[],
  gazetteer: Gazetteer | undefined,
): string | undefined {
  const placed = members.filter((item) => item.eventKey.places);
  const [first, ...rest] = placed;
  if (!first?.eventKey.places || !gazetteer) return undefined;
  const shared = first.eventKey.places.lineage.filter((id) =>
    rest.every((item) => item.eventKey.places?.lineage.includes(id)),
  );
  const deepest = shared.sort((a, b) => b.split('/').length - a.split('/').length)[0];
  if (!deepest) return undefined;
  const parts = deepest.split('/');
  const names = parts.map((_, index) => gazetteer.place(parts.slice(0, index + 1).join('/'))?.name);
  // "Moscow, Russia", not "Moscow, Moscow, Russia": a city that is its own region is named once.
  const shown = names.filter((name, index) => name && name !== names[index + 1]);
  return shown.reverse().join(', ') || undefined;
}

/**
 * The reasons a group's members share it, one phrase each: "measure: deaths", "counted:
 * police", "event: crocus, moscow", "place: Krasnogorsk, Moscow Oblast, Russia", "date:
 * 22 March 2024", "2 take their source's main event (headline and lede)", "shaped by your link
 * or split". A single claim has no reasons to give.
 */
export function groupReasons(
  members: readonly ComparableItem[],
  eventDate: string | undefined,
  decided: boolean,
  gazetteer?: Gazetteer,
): string[] {
  if (members.length < 2) return [];
  const first = members[0];
  const reasons: string[] = [];
  if (first) reasons.push(`measure: ${first.measure || first.type}`);
  const population = first ? subjectKey(first.subject) : '';
  reasons.push(population ? `counted: ${population}` : 'counted: everyone the measure counts');
  const site = first?.venuePart;
  if (site) reasons.push(`counted at one site: ${site}`);
  const names = sharedNames(members);
  if (names.length > 0) reasons.push(`event: ${names.join(', ')}`);
  const place = sharedPlace(members, gazetteer);
  if (place) reasons.push(`place: ${place}`);
  if (eventDate) reasons.push(`date: ${readableDate(eventDate)}`);
  const inherited = members.filter((item) => item.eventInherited).length;
  if (inherited > 0)
    reasons.push(`${inherited} take their source's main event (headline and lede)`);
  if (decided) reasons.push('shaped by your link or split');
  return reasons;
}
