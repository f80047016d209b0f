import type { Claim, ClaimType, ClaimValue } from '../model/claim';
import type { Source } from '../model/source';
import type { Suggestion } from '../model/suggestion';
import { eventKeyOf, type EventKey } from './event-key';

/**
 * One claim as the comparison sees it, whether the analyst tagged it (a Claim) or Corroborate
 * proposed it (a Suggestion): where it sits, what it is about, what it says and who says it.
 */
export interface ComparableItem {
  /** The claim's or suggestion's id; manual link/unlink decisions refer to it. */
  id: string;
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  type: ClaimType;
  /** The event as the text names it (a Claim's `event`, a Suggestion's `eventCue`). */
  event: string;
  eventKey: EventKey;
  /** True when the event was taken from the preceding named cue in the same source. */
  eventInherited?: boolean;
  /** The one site of a several-site attack the figure counts at ("airport"), if so. */
  venuePart?: string;
  measure: string;
  subject?: string;
  value: ClaimValue | null;
  attributedTo: string;
  attributedTarget?: string;
  eventDate?: string;
  /** Publication date of the item's source (ISO, possibly partial), when known. */
  published?: string | null;
  /** How verdicts name the item's source: the analyst's short name, else its title. */
  sourceName?: string;
}

/** Looks sources up by id so items can carry their publication date. */
export type SourceLookup = ReadonlyMap<string, Pick<Source, 'id' | 'metadata'>>;

function publishedOf(sourceId: string, sources?: SourceLookup): string | null {
  return sources?.get(sourceId)?.metadata.published ?? null;
}

const NAME_LENGTH = 28;

/**
 * The name a verdict gives a source: the analyst's short name, else its publisher, else its
 * title clipped to a few words, so "Reuters" reads where an id like "003_94a0…" would not.
 * Undefined when the source is unknown (the id is then the only name there is).
 */
export function sourceNameOf(sourceId: string, sources?: SourceLookup): string | undefined {
  const metadata = sources?.get(sourceId)?.metadata;
  const name = metadata?.shortName?.trim() || metadata?.publisher?.trim() || metadata?.title.trim();
  if (!name) return undefined;
  return name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 1).trimEnd()}…` : name;
}

/**
 * Wraps an analyst's Claim as a comparable item. A claim has no event date field, so its event
 * key carries none: the analyst named the event, which is the stronger signal anyway.
 */
export function itemFromClaim(claim: Claim, sources?: SourceLookup): ComparableItem {
  const item: ComparableItem = {
    id: claim.id,
    sourceId: claim.target.sourceId,
    quote: claim.target.quote.exact,
    start: claim.target.position.start,
    end: claim.target.position.end,
    type: claim.type,
    event: claim.event,
    eventKey: eventKeyOf(claim.event),
    measure: claim.measure,
    value: claim.value,
    attributedTo: claim.attributedTo,
    published: publishedOf(claim.target.sourceId, sources),
  };
  const name = sourceNameOf(claim.target.sourceId, sources);
  if (name) item.sourceName = name;
  if (claim.subject !== undefined) item.subject = claim.subject;
  if (claim.attributedTarget !== undefined) item.attributedTarget = claim.attributedTarget;
  return item;
}

/** Wraps a Suggestion as a comparable item, keeping its event date for event matching. */
export function itemFromSuggestion(suggestion: Suggestion, sources?: SourceLookup): ComparableItem {
  const item: ComparableItem = {
    id: suggestion.id,
    sourceId: suggestion.sourceId,
    quote: suggestion.quote,
    start: suggestion.start,
    end: suggestion.end,
    type: suggestion.type,
    event: suggestion.eventCue,
    // A date claim's own date is what is being compared, so it must not also decide grouping.
    eventKey: eventKeyOf(
      suggestion.eventCue,
      suggestion.value?.kind === 'date' ? undefined : suggestion.eventDate,
    ),
    measure: suggestion.measure,
    value: suggestion.value,
    attributedTo: suggestion.attributedTo,
    published: publishedOf(suggestion.sourceId, sources),
  };
  if (suggestion.subject !== undefined) item.subject = suggestion.subject;
  if (suggestion.attributedTarget !== undefined)
    item.attributedTarget = suggestion.attributedTarget;
  if (suggestion.eventDate !== undefined) item.eventDate = suggestion.eventDate;
  const name = sourceNameOf(suggestion.sourceId, sources);
  if (name) item.sourceName = name;
  return item;
}

/** Builds the lookup {@link itemFromClaim} and {@link itemFromSuggestion} take. */
export function sourceLookup(sources: readonly Pick<Source, 'id' | 'metadata'>[]): SourceLookup {
  return new Map(sources.map((source) => [source.id, source]));
}

/**
 * Inherited items already made, by the item that inherits, with the item it inherited from:
 * the same pair gives the same object again, so an unchanged claim stays the same object from
 * one grouping to the next.
 */
export type InheritMemo = WeakMap<ComparableItem, { from: ComparableItem; item: ComparableItem }>;

/** Characters within which a cue-less claim borrows the preceding named event of its source. */
export const INHERIT_WINDOW = 1200;

/**
 * Resolves cues that name no event ("the attack", "it") to the nearest preceding named cue in
 * the same source, within {@link INHERIT_WINDOW} characters, the way a reader resolves the
 * anaphora. Returns new items; the input is not changed. Trade-off: recency is a guess; a
 * paragraph that switches events without naming the new one inherits the old one.
 */
export function inheritEventCues(
  items: readonly ComparableItem[],
  memo?: InheritMemo,
): ComparableItem[] {
  const bySource = new Map<string, ComparableItem[]>();
  for (const item of items) {
    const list = bySource.get(item.sourceId) ?? [];
    list.push(item);
    bySource.set(item.sourceId, list);
  }
  const resolved = new Map<string, ComparableItem>();
  for (const list of bySource.values()) {
    const ordered = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    let last: ComparableItem | undefined;
    for (const item of ordered) {
      if (item.eventKey.names.length > 0) {
        last = item;
        continue;
      }
      if (last && item.start - last.end <= INHERIT_WINDOW) {
        const known = memo?.get(item);
        if (known?.from === last) {
          resolved.set(item.id, known.item);
          continue;
        }
        const eventKey = { ...last.eventKey };
        if (item.eventKey.date) eventKey.date = item.eventKey.date;
        if (item.eventKey.venues.length > 0) eventKey.venues = item.eventKey.venues;
        const inherited = {
          ...item,
          event: item.event || last.event,
          eventKey,
          eventInherited: true,
        };
        memo?.set(item, { from: last, item: inherited });
        resolved.set(item.id, inherited);
      }
    }
  }
  return items.map((item) => resolved.get(item.id) ?? item);
}
