import { mergeSources, type SourceInfo } from '../model/source-info';
import type { Project } from '../model/project';
import type { Suggestion } from '../model/suggestion';
import type { ComparedGroup } from './compare';
import { compareClaimsInSteps, createGroupMemo, type GroupMemo } from './incremental';
import { runToEnd } from '../steps/run-to-end';
import {
  itemFromClaim,
  itemFromSuggestion,
  sourceLookup,
  type ComparableItem,
  type SourceLookup,
} from './item';
import type { Claim } from '../model/claim';
import type { Gazetteer } from '../places/gazetteer';
import { mainEventsInSteps } from './source-events';

/** A compared group, marked when it exists only because of suggestions the analyst has not accepted. */
export type DerivedGroup = ComparedGroup & {
  /** True for a preview built with pending suggestions; never a disagreement between claims. */
  fromSuggestions: boolean;
};

/** The groups and verdicts of a project: the one derivation every view and export shows. */
export interface ProjectGroups {
  /** Groups of the analyst's claims only: what the panel, the CLI, the exports and the report say. */
  groups: DerivedGroup[];
  /**
   * Groups that hold at least one pending suggestion, computed over claims and suggestions
   * together: "if you accepted these, they would compare so". Shown apart, counted apart.
   */
  fromSuggestions: DerivedGroup[];
}

/** What {@link deriveGroups} may take besides the project. */
export interface DeriveOptions {
  /** Loaded sources: their publication dates explain revisions. */
  sources?: readonly SourceInfo[];
  /** Pending suggestions (not accepted, not dismissed) to preview beside the claims. */
  suggestions?: readonly Suggestion[];
  /**
   * Place names, so events match by where they happened (Kerman lies in Iran). Every view and
   * export of one project must pass the same one, or they would group differently.
   */
  gazetteer?: Gazetteer;
  /**
   * The previous call's work (see createDeriveMemo): pass the same one on every change of one
   * project and only the buckets the change touched are grouped again. Results never depend on it.
   */
  memo?: DeriveMemo;
}

/** What successive {@link deriveGroups} calls on one project reuse: claims, then the preview. */
export interface DeriveMemo {
  claims: GroupMemo;
  withSuggestions: GroupMemo;
  /** The item of each claim or suggestion, with the source metadata it was made with. */
  items: WeakMap<Claim | Suggestion, { metadata: unknown; item: ComparableItem }>;
}

/** An empty {@link DeriveMemo}. */
export function createDeriveMemo(): DeriveMemo {
  return { claims: createGroupMemo(), withSuggestions: createGroupMemo(), items: new WeakMap() };
}

/**
 * The comparable item of a claim or suggestion, the same object as last time while the claim and
 * its source's metadata (the only other thing an item reads) are the same objects.
 */
function itemOf<T extends Claim | Suggestion>(
  of: T,
  sourceId: string,
  lookup: SourceLookup,
  memo: DeriveMemo,
  make: (of: T, lookup: SourceLookup) => ComparableItem,
): ComparableItem {
  const metadata = lookup.get(sourceId)?.metadata;
  const known = memo.items.get(of);
  if (known && known.metadata === metadata) return known.item;
  const item = make(of, lookup);
  memo.items.set(of, { metadata, item });
  return item;
}

/** Items made between two yields of {@link deriveGroupsInSteps}. */
const ITEMS_PER_SLICE = 500;

/** `list` mapped by `make`, yielding after every few hundred elements. */
function* itemsInSteps<T>(
  list: readonly T[],
  make: (element: T) => ComparableItem,
): Generator<void, ComparableItem[], void> {
  const items: ComparableItem[] = [];
  for (const element of list) {
    items.push(make(element));
    if (items.length % ITEMS_PER_SLICE === 0) yield;
  }
  return items;
}

/**
 * Groups and judges a project's claims, and optionally previews pending suggestions, in one
 * call. The claim groups never depend on the suggestions, so whatever the panel shows for the
 * claims is exactly what every export and the report print for the same project. Recomputed
 * from claims and decisions each time (derived facts are functions, not state); a memo only
 * spares regrouping the buckets a change did not touch, and never changes the result.
 */
export function deriveGroups(project: Project, options: DeriveOptions = {}): ProjectGroups {
  return runToEnd(deriveGroupsInSteps(project, options));
}

/**
 * {@link deriveGroups} as steps (see compareClaimsInSteps), for a host that regroups a whole
 * large project (the gazetteer arrived) without holding its page for the whole of it. With the
 * same memo, a later deriveGroups reuses every unit these steps judged.
 */
export function* deriveGroupsInSteps(
  project: Project,
  options: DeriveOptions = {},
): Generator<void, ProjectGroups, void> {
  const merged = mergeSources(project, options.sources);
  const lookup = sourceLookup(merged);
  const texts = new Map(
    merged.flatMap((source) => (source.text !== undefined ? [[source.id, source.text]] : [])),
  );
  const context = {
    mainEvents: yield* mainEventsInSteps(merged, options.gazetteer),
    texts,
    ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
  };
  const memo = options.memo ?? createDeriveMemo();
  const claimItems = yield* itemsInSteps(project.claims, (claim) =>
    itemOf(claim, claim.target.sourceId, lookup, memo, itemFromClaim),
  );
  const groups = (yield* compareClaimsInSteps(
    claimItems,
    project.groupDecisions,
    context,
    memo.claims,
  )).map((group) => ({ ...group, fromSuggestions: false }));
  const suggestions = options.suggestions ?? [];
  if (suggestions.length === 0) return { groups, fromSuggestions: [] };
  const suggested = new Set(suggestions.map((suggestion) => suggestion.id));
  const items = [
    ...claimItems,
    ...(yield* itemsInSteps(suggestions, (suggestion) =>
      itemOf(suggestion, suggestion.sourceId, lookup, memo, itemFromSuggestion),
    )),
  ];
  // Only units holding a suggestion can give a group that holds one.
  const holdsSuggestion = (unit: readonly { id: string }[]) =>
    unit.some((item) => suggested.has(item.id));
  const previewed = yield* compareClaimsInSteps(
    items,
    project.groupDecisions,
    context,
    memo.withSuggestions,
    holdsSuggestion,
  );
  const fromSuggestions = previewed
    .filter((group) => group.items.some((item) => suggested.has(item.id)))
    .map((group) => ({ ...group, id: `suggested-${group.id}`, fromSuggestions: true }));
  return { groups, fromSuggestions };
}

/** Each claim (or suggestion) id mapped to the group it belongs to; claim groups win. */
export function groupsByItem<G extends ComparedGroup>(
  ...lists: readonly (readonly G[])[]
): Map<string, G> {
  const byItem = new Map<string, G>();
  for (const list of lists)
    for (const group of list)
      for (const item of group.items) if (!byItem.has(item.id)) byItem.set(item.id, group);
  return byItem;
}
