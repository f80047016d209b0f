// dequal: a small, well-kept structural equality for plain data; items are rebuilt on every
// call, so "unchanged" has to mean equal by value, not the same object.
import { dequal } from 'dequal';
import type { Gazetteer } from '../places/gazetteer';
import type { ComparedGroup } from './compare';
import { effectiveDecisions, type EffectiveDecisions, type GroupDecision } from './decisions';
import { bucketKey, byPosition, groupResolved } from './group';
import { inheritEventCues, type ComparableItem, type InheritMemo } from './item';
import { resolveEvent, type EventContext } from './resolve-events';
import { compareGroup } from './verdict';
import { runToEnd } from '../steps/run-to-end';

/** Items resolved (resolveEvent) between two yields of {@link compareClaimsInSteps}. */
const RESOLVED_PER_SLICE = 500;

/** Items that can only ever be grouped among themselves, with the decisions between them. */
interface Unit extends EffectiveDecisions {
  items: ComparableItem[];
}

interface UnitGroups extends Unit {
  gazetteer: Gazetteer | undefined;
  groups: ComparedGroup[];
}

/**
 * What the previous call judged, unit by unit. Pass the same memo to successive calls over the
 * same kind of items (one for claims, another for claims with suggestions); a fresh memo gives
 * a full recompute.
 */
export interface GroupMemo {
  units: Map<string, UnitGroups>;
  /** Each item's resolved event (resolveEvent), with what it was read from. */
  resolved: WeakMap<ComparableItem, ResolvedItem>;
  /** Items that borrowed their source's preceding event (inheritEventCues). */
  inherited: InheritMemo;
}

interface ResolvedItem {
  gazetteer: Gazetteer | undefined;
  main: unknown;
  text: string | undefined;
  item: ComparableItem;
}

/** An empty {@link GroupMemo}. */
export function createGroupMemo(): GroupMemo {
  return { units: new Map(), resolved: new WeakMap(), inherited: new WeakMap() };
}

/**
 * resolveEvents with each item's own part kept while the item (the same object), the gazetteer
 * and its source's main event and text stay: an unchanged claim keeps its resolved item, which
 * makes comparing units (sameUnit) a matter of identity.
 */
function* resolveAll(
  items: readonly ComparableItem[],
  context: EventContext,
  memo: GroupMemo,
): Generator<void, ComparableItem[], void> {
  const own: ComparableItem[] = [];
  let made = 0;
  for (const item of items) {
    const main = context.mainEvents?.get(item.sourceId);
    const text = context.texts?.get(item.sourceId);
    const known = memo.resolved.get(item);
    if (
      known &&
      known.gazetteer === context.gazetteer &&
      known.main === main &&
      known.text === text
    ) {
      own.push(known.item);
      continue;
    }
    const resolved = resolveEvent(item, context);
    memo.resolved.set(item, { gazetteer: context.gazetteer, main, text, item: resolved });
    own.push(resolved);
    made += 1;
    if (made % RESOLVED_PER_SLICE === 0) yield;
  }
  return inheritEventCues(own, memo.inherited);
}

/** Items whose bucket keys compareClaimsInSteps makes between two yields. */
const KEYS_PER_STEP = 1000;

/**
 * Splits resolved items into units: a bucket (measure, subject, site) is clustered on its own,
 * unless a manual link or unlink ties it to another bucket, in which case the two are one unit.
 * Keyed by their sorted bucket keys, so the same unit has the same key from call to call.
 */
function unitsOf(items: readonly ComparableItem[], decisions: EffectiveDecisions) {
  const keys = items.map(bucketKey);
  const bucketOfId = new Map(items.map((item, index) => [item.id, keys[index] as string]));
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root)) root = parent.get(root) as string;
    return root;
  };
  const pairs = [...decisions.links, ...decisions.unlinks];
  for (const [a, b] of pairs) {
    const ka = bucketOfId.get(a);
    const kb = bucketOfId.get(b);
    if (ka === undefined || kb === undefined) continue;
    const [ra, rb] = [find(ka), find(kb)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const byRoot = new Map<string, Unit & { buckets: Set<string> }>();
  const unitOf = (bucket: string) => {
    const root = find(bucket);
    let unit = byRoot.get(root);
    if (!unit) byRoot.set(root, (unit = { items: [], links: [], unlinks: [], buckets: new Set() }));
    unit.buckets.add(bucket);
    return unit;
  };
  items.forEach((item, index) => unitOf(keys[index] as string).items.push(item));
  for (const kind of ['links', 'unlinks'] as const) {
    for (const pair of decisions[kind]) {
      const ka = bucketOfId.get(pair[0]);
      if (ka === undefined || !bucketOfId.has(pair[1])) continue;
      unitOf(ka)[kind].push(pair);
    }
  }
  const units = new Map<string, Unit>();
  for (const { buckets, ...unit } of byRoot.values())
    units.set([...buckets].sort().join('\u0001'), unit);
  return units;
}

function sameUnit(a: UnitGroups | undefined, b: Unit, gazetteer: Gazetteer | undefined): boolean {
  return (
    a !== undefined &&
    a.gazetteer === gazetteer &&
    a.items.length === b.items.length &&
    a.items.every((item, index) => item === b.items[index] || dequal(item, b.items[index])) &&
    dequal(a.links, b.links) &&
    dequal(a.unlinks, b.unlinks)
  );
}

/**
 * {@link compareClaims} by increments: the same groups, verdicts and order, but a unit of items
 * (see unitsOf) whose items and decisions equal the previous call's is not clustered or judged
 * again. A tag touches one bucket, so on a large project it regroups a few claims, not all.
 * `wanted` limits the work to the units it accepts (the suggestion preview needs only units that
 * hold a suggestion); the others are left out of the result.
 */
export function compareClaimsIncrementally(
  input: readonly ComparableItem[],
  decisions: readonly GroupDecision[],
  context: EventContext,
  memo: GroupMemo,
  wanted: (items: readonly ComparableItem[]) => boolean = () => true,
): ComparedGroup[] {
  return runToEnd(compareClaimsInSteps(input, decisions, context, memo, wanted));
}

/**
 * {@link compareClaimsIncrementally} as steps: it yields after every few hundred items it
 * resolves and after every unit it clusters, so a host can give the page a turn between steps
 * when everything must be judged again (the gazetteer arriving changes every unit). The memo
 * keeps each unit as soon as it is judged, so steps abandoned half-way are not lost work.
 */
export function* compareClaimsInSteps(
  input: readonly ComparableItem[],
  decisions: readonly GroupDecision[],
  context: EventContext,
  memo: GroupMemo,
  wanted: (items: readonly ComparableItem[]) => boolean = () => true,
): Generator<void, ComparedGroup[], void> {
  const resolved = yield* resolveAll(input, context, memo);
  // Each item's bucket key, a step of KEYS_PER_STEP at a time (bucketKey keeps them per item, so
  // unitsOf reads them back): 20,000 items' keys were 20-35 ms in one step.
  for (let from = 0; from < resolved.length; from += KEYS_PER_STEP) {
    for (const item of resolved.slice(from, from + KEYS_PER_STEP)) bucketKey(item);
    yield;
  }
  const units = unitsOf(resolved, effectiveDecisions(decisions));
  const groups: ComparedGroup[] = [];
  for (const [key, unit] of units) {
    if (!wanted(unit.items)) continue;
    let done = memo.units.get(key);
    if (!done || !sameUnit(done, unit, context.gazetteer)) {
      const judged = groupResolved(unit.items, unit, context).map((group) => ({
        ...group,
        ...compareGroup(group),
      }));
      done = { ...unit, gazetteer: context.gazetteer, groups: judged };
      memo.units.set(key, done);
      yield;
    }
    groups.push(...done.groups);
  }
  for (const key of [...memo.units.keys()]) if (!units.has(key)) memo.units.delete(key);
  return groups.sort((a, b) =>
    byPosition(a.items[0] as ComparableItem, b.items[0] as ComparableItem),
  );
}
