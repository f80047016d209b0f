import type { Gazetteer } from '../places/gazetteer';
import { datesOverlap, parseDateSpan } from './dates';
import { eventPlacesOf, withinMainPlaces } from './event-places';
import { namesMatch, PART_VENUES, type EventKey } from './event-key';
import { inheritEventCues, type ComparableItem } from './item';
import type { MainEvent } from './source-events';
import { venuePartOf } from './venue-parts';

/** What the comparison may know about events beyond each claim's own cue. */
export interface EventContext {
  /** Reads place names, so events match by where they happened. */
  gazetteer?: Gazetteer;
  /** Each source's main event (see mainEventOf), by source id. */
  mainEvents?: ReadonlyMap<string, MainEvent>;
  /** Each source's text, by id: a figure's own sentence says at which site it counts. */
  texts?: ReadonlyMap<string, string>;
}

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  const x = a ? parseDateSpan(a) : null;
  const y = b ? parseDateSpan(b) : null;
  return !x || !y || datesOverlap(x, y);
}

/** True for a date given only as a year ("2019"): in a sentence, more often a reference. */
function yearOnly(date: string | undefined): boolean {
  return date !== undefined && /^\d{4}$/u.test(date);
}

/**
 * True when a claim's own cue speaks of its source's main event. It does when it names
 * nothing, or names only what the main event names, places the main event lies in ("Iran" in a
 * report on Kerman) and names that are no place at all (an organiser, a party), at a date that
 * fits and at no venue the lede does not name. "Peshawar" in a report on Bajaur, "the March
 * 2022 attack" in a report of July 2023, or "the embassy" in a report on a market bombing is
 * another event.
 */
function aboutMainEvent(own: EventKey, main: EventKey, gazetteer?: Gazetteer): boolean {
  if (!datesAgree(own.date, main.date)) return false;
  const unmatched = own.names.filter((name) => !main.names.some((m) => namesMatch(name, m)));
  if (unmatched.length === 0) return true;
  if (own.venues.some((venue) => PART_VENUES.has(venue))) return true;
  if (own.venues.some((venue) => !main.venues.includes(venue))) return false;
  if (!gazetteer) return false;
  const places = unmatched.filter((name) => gazetteer.lookup(name).length > 0);
  if (places.length === 0) return true;
  return (
    own.places !== undefined &&
    main.places !== undefined &&
    withinMainPlaces(own.places, main.places)
  );
}

function merged(own: EventKey, main: EventKey): EventKey {
  const key: EventKey = {
    label: own.label || main.label,
    names: [...new Set([...own.names, ...main.names])].sort(),
    // A lede names every venue of its event ("the metro", "two stations", "the train"): only
    // the claim's own venue can tell two events in one city apart.
    venues: own.venues,
    plural: own.plural,
  };
  // A bare year next to a claim ("the worst since 1979") does not date a reported event.
  const date = yearOnly(own.date) && !main.date ? undefined : (own.date ?? main.date);
  if (date) key.date = date;
  // The claim's own places when it names any ("Moscow" in a report naming many countries),
  // else the main event's ("the toll" in a report on Kerman).
  const places = own.places ?? main.places;
  // The names are the claim's and the lede's: so are the country names among them.
  const words = [
    ...new Set([...(own.places?.countryWords ?? []), ...(main.places?.countryWords ?? [])]),
  ];
  if (places) key.places = words.length > 0 ? { ...places, countryWords: words.sort() } : places;
  return key;
}

/**
 * Gives every claim the event it is about: its own cue, read through the gazetteer for its
 * places, joined with its source's main event when the cue speaks of it (or names nothing), so
 * that "the toll rose to 54" in a report on the Bajaur bombing is about that bombing and not
 * about whatever the previous sentence named; in a report on an attack on several sites, a
 * figure its sentence places at one of them counts there (venuePart). Claims of sources with
 * no known main event fall back to the preceding named cue of their source. Returns new items.
 */
export function resolveEvents(
  items: readonly ComparableItem[],
  context: EventContext = {},
): ComparableItem[] {
  return inheritEventCues(items.map((item) => resolveEvent(item, context)));
}

/**
 * The part of {@link resolveEvents} that reads one item alone: its own cue through the gazetteer,
 * joined with its source's main event. It reads nothing of the context but the gazetteer and the
 * item's own source's main event and text, so a caller may keep its answer while those stay.
 */
export function resolveEvent(item: ComparableItem, context: EventContext = {}): ComparableItem {
  const { gazetteer, mainEvents } = context;
  const own: EventKey = { ...item.eventKey };
  const places = gazetteer && item.event ? eventPlacesOf(item.event, gazetteer) : null;
  if (places) own.places = places;
  const main = mainEvents?.get(item.sourceId);
  if (!main || !aboutMainEvent(own, main.key, gazetteer)) return { ...item, eventKey: own };
  const next: ComparableItem = {
    ...item,
    event: item.event || main.cue,
    eventKey: merged(own, main.key),
  };
  const site = venuePartOf(
    context.texts?.get(item.sourceId),
    item.start,
    item.end,
    main.venueKinds,
  );
  if (site) next.venuePart = site;
  if (own.names.length === 0) next.eventInherited = true;
  return next;
}
