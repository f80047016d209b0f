import type { ClaimType } from '../model/claim';
import { formatDateSpan, parseDateSpan } from './dates';
import { effectiveDecisions, type EffectiveDecisions, type GroupDecision } from './decisions';
import { EventClusters, indexKeys, type IndexKeys } from './cluster';
import { eventClasses } from './event-classes';
import { shortHash } from './hash';
import type { ComparableItem } from './item';
import { resolveEvents, type EventContext } from './resolve-events';
import { subjectKey } from './subject';
import { groupReasons } from './group-reasons';

/** Claims Corroborate believes are about one fact: same event, same measure, same subject. */
export interface ClaimGroup {
  /** Deterministic: the measure plus a hash of the sorted member ids. */
  id: string;
  /** A readable name for the event: the most specific cue among the members. */
  event: string;
  /** The narrowest event date all dated members allow, when any member has one. */
  eventDate?: string;
  measure: string;
  subject?: string;
  type: ClaimType;
  /** Members ordered by source, then position in the source. */
  items: ComparableItem[];
  /** True when a manual link or unlink shaped this group. */
  decided: boolean;
  /** Why the members share it: measure, population, event, place, dates (see groupReasons). */
  reasons: string[];
}

function measureKey(item: ComparableItem): string {
  return item.measure.trim().toLowerCase() || item.type;
}

/**
 * The bucket an item is clustered in: only items of one bucket are ever matched (a manual
 * decision is the one thing that joins buckets), which lets grouping redo only the buckets a
 * change touches (see compareClaimsIncrementally).
 */
export function bucketKey(item: ComparableItem): string {
  let key = bucketKeys.get(item);
  if (key === undefined) {
    key = `${measureKey(item)}|${subjectKey(item.subject)}|${item.venuePart ?? ''}`;
    bucketKeys.set(item, key);
  }
  return key;
}

/** Each item's bucket, made once: items are never changed, and a tag asks again for them all. */
const bucketKeys = new WeakMap<ComparableItem, string>();

/** Items by source, then position, then id: the order of a group's members and of groups. */
export function byPosition(a: ComparableItem, b: ComparableItem): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function pickEvent(items: readonly ComparableItem[]): string {
  let best = items[0];
  for (const item of items) {
    if (!best || item.eventInherited) continue;
    const score = item.eventKey.names.length * 10 + item.eventKey.venues.length;
    const bestScore = best.eventInherited
      ? -1
      : best.eventKey.names.length * 10 + best.eventKey.venues.length;
    if (score > bestScore) best = item;
  }
  return best?.event.trim() ?? '';
}

function narrowestDate(items: readonly ComparableItem[]): string | undefined {
  let start = -Infinity;
  let end = Infinity;
  let yearless: string | undefined;
  for (const item of items) {
    const span = item.eventKey.date ? parseDateSpan(item.eventKey.date) : null;
    if (!span) continue;
    if (span.kind === 'yearless') yearless ??= item.eventKey.date;
    else {
      start = Math.max(start, span.start);
      end = Math.min(end, span.end);
    }
  }
  if (Number.isFinite(start) && Number.isFinite(end) && start <= end) {
    return formatDateSpan({ kind: 'span', start, end });
  }
  return yearless;
}

/** Reads a posting list as distinct current cluster roots, compacting it in place. */
function compactPosting(
  postings: Map<string, number[]>,
  key: string,
  clusters: EventClusters,
): number[] {
  const posting = postings.get(key);
  if (!posting) return [];
  const roots = [...new Set(posting.map((at) => clusters.find(at)))];
  posting.length = 0;
  posting.push(...roots);
  return roots;
}

/**
 * Proposes groups of claims about the same fact. Two claims share a group when they have the
 * same measure, the same subject (13 soldiers and 170 Afghans killed in one bombing are two
 * facts) and, by rule, the same event: a shared name in their cues (Moscow, Crocus), with no
 * clash of event dates or venues. Cue-less claims borrow the preceding named event of their
 * source. Manual decisions always win: links merge whatever they join, unlinks are never
 * crossed. Pure and deterministic; near-linear, because claims are bucketed by measure and
 * subject and then matched through an index of names rather than all pairs.
 * Trade-off: events are matched by names, not by meaning; an event only ever named by a common
 * noun ("the capital") groups only through its date or a manual link.
 */
export function groupClaims(
  input: readonly ComparableItem[],
  decisions: readonly GroupDecision[] = [],
  context: EventContext = {},
): ClaimGroup[] {
  return groupResolved(resolveEvents(input, context), effectiveDecisions(decisions), context);
}

/**
 * {@link groupClaims} on items whose events are already resolved (resolveEvents) and decisions
 * already folded (effectiveDecisions): the part that works bucket by bucket, so that it can be
 * run on a subset of buckets.
 */
export function groupResolved(
  items: readonly ComparableItem[],
  { links, unlinks }: EffectiveDecisions,
  context: Pick<EventContext, 'gazetteer'> = {},
): ClaimGroup[] {
  const clusters = new EventClusters(items);
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const decided = new Set<number>();
  for (const [a, b] of unlinks) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia === undefined || ib === undefined) continue;
    clusters.forbid(ia, ib);
    decided.add(ia).add(ib);
  }
  for (const [a, b] of links) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia === undefined || ib === undefined) continue;
    if (clusters.union(ia, ib, true)) decided.add(ia).add(ib);
  }

  // Items of one report mostly carry the same names (their lede's): their keys are made once.
  const keyCache = new Map<string, IndexKeys>();
  const buckets = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = bucketKey(item);
    const list = buckets.get(key) ?? [];
    list.push(index);
    buckets.set(key, list);
  });
  const decidedIds = new Set([...links, ...unlinks].flat());
  for (const members of buckets.values()) {
    members.sort((a, b) => byPosition(items[a] as ComparableItem, items[b] as ComparableItem));
    const { leaders, followers } = eventClasses(members, items, decidedIds);
    const postings = new Map<string, number[]>();
    for (const index of leaders) {
      const item = items[index] as ComparableItem;
      const keys = indexKeys(item, keyCache);
      const named = item.eventKey.names.length > 0 || item.eventKey.places !== undefined;
      const ranked: { root: number; score: number }[] = [];
      const seen = new Set<number>();
      for (const key of [...keys.names, ...keys.dates]) {
        for (const root of compactPosting(postings, key, clusters)) {
          if (seen.has(root)) continue;
          seen.add(root);
          const score = clusters.score(index, root);
          // A shared name matches; a shared day matches only when one side names nothing.
          if (score > 0 || !named || !clusters.hasNames(root)) ranked.push({ root, score });
        }
      }
      ranked.sort((a, b) => b.score - a.score || a.root - b.root);
      // Join the best match; bridge to further clusters only through a name not yet matched
      // ("Moscow's Crocus City Hall" joins "Crocus" to "Moscow"; a bare "Kabul" bridges nothing).
      const covered = new Set<string>();
      let joined = false;
      for (const { root } of ranked) {
        const place = clusters.matchedPlace(index, root);
        const matched = [...clusters.matchedNames(index, root), ...(place ? [place] : [])];
        const bridges = !joined || matched.some((name) => !covered.has(name));
        if (!bridges || (matched.length === 0 && keys.dates.length === 0)) continue;
        if (clusters.union(index, root)) {
          joined = true;
          for (const name of matched) covered.add(name);
        }
      }
      for (const key of [...keys.names, ...keys.dates]) {
        const posting = postings.get(key) ?? [];
        posting.push(index);
        postings.set(key, posting);
      }
    }
    for (const [member, leader] of followers) clusters.follow(member, leader);
  }

  const groups = clusters.clusters().map((indices) => {
    const members = indices.map((at) => items[at] as ComparableItem).sort(byPosition);
    const first = members[0] as ComparableItem;
    const ids = members.map((item) => item.id).sort();
    const measure = measureKey(first);
    const group: ClaimGroup = {
      id: `${measure.replace(/[^a-z0-9]+/g, '-')}-${shortHash(ids.join('\n'))}`,
      event: pickEvent(members),
      measure,
      type: first.type,
      items: members,
      decided: indices.some((at) => decided.has(at)),
      reasons: [],
    };
    const subject = members.find((item) => item.subject)?.subject;
    if (subject) group.subject = subject;
    const eventDate = narrowestDate(members);
    if (eventDate) group.eventDate = eventDate;
    group.reasons = groupReasons(members, eventDate, group.decided, context.gazetteer);
    return group;
  });
  return groups.sort((a, b) =>
    byPosition(a.items[0] as ComparableItem, b.items[0] as ComparableItem),
  );
}
