import type { Gazetteer } from '../places/gazetteer';
import { datesOverlap, parseDateSpan } from './dates';
import { eventPlacesOf, withinMainPlaces } from './event-places';
import { namesMatch, type EventKey } from './event-key';
import { inheritEventCues, type ComparableItem } from './item';
import type { MainEvent } from './source-events';

/** What the comparison may know about events beyond each claim's own cue. */
export interface EventContext {
  /** Reads place names, so events match by where they happened. */
  gazetteer?: Gazetteer;
  /** Each source's main event (see mainEventOf), by source id. */
  mainEvents?: ReadonlyMap<string, MainEvent>;
}

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  const x = a ? parseDateSpan(a) : null;
  const y = b ? parseDateSpan(b) : null;
  return !x || !y || datesOverlap(x, y);
}

/**
 * True when a claim's own cue speaks of its source's main event: it names nothing, or only
 * names the main event also names or places the main event lies in ("Iran" for a report on
 * Kerman), at a date that fits. "Peshawar" in a report on Bajaur, or "the March 2022 attack" in
 * a report of July 2023, is another event.
 */
function aboutMainEvent(own: EventKey, main: EventKey, gazetteer?: Gazetteer): boolean {
  if (!datesAgree(own.date, main.date)) return false;
  const unmatched = own.names.filter((name) => !main.names.some((m) => namesMatch(name, m)));
  if (unmatched.length === 0) return true;
  if (!gazetteer || !own.places || !main.places) return false;
  return (
    withinMainPlaces(own.places, main.places) &&
    unmatched.every((name) => gazetteer.lookup(name).length > 0)
  );
}

function merged(own: EventKey, main: EventKey): EventKey {
  const key: EventKey = {
    label: own.label || main.label,
    names: [...new Set([...own.names, ...main.names])].sort(),
    venues: own.venues.length > 0 ? own.venues : main.venues,
    plural: own.plural,
  };
  const date = own.date ?? main.date;
  if (date) key.date = date;
  const places = main.places ?? own.places;
  if (places) key.places = places;
  return key;
}

/**
 * Gives every claim the event it is about: its own cue, read through the gazetteer for its
 * places, joined with its source's main event when the cue speaks of it (or names nothing), so
 * that "the toll rose to 54" in a report on the Bajaur bombing is about that bombing and not
 * about whatever the previous sentence named. Claims of sources with no known main event fall
 * back to the preceding named cue of their source. Returns new items.
 */
export function resolveEvents(
  items: readonly ComparableItem[],
  context: EventContext = {},
): ComparableItem[] {
  const { gazetteer, mainEvents } = context;
  const resolved = items.map((item) => {
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
    if (own.names.length === 0) next.eventInherited = true;
    return next;
  });
  return inheritEventCues(resolved);
}
