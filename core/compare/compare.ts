import type { GroupDecision } from './decisions';
import { groupClaims, type ClaimGroup } from './group';
import type { ComparableItem } from './item';
import type { EventContext } from './resolve-events';
import { compareGroup, type GroupComparison } from './verdict';

/** A proposed group together with its verdict. */
export type ComparedGroup = ClaimGroup & GroupComparison;

/**
 * Groups claims and judges every group in one call: the derived view the panel, the CLI and
 * exports all show. Recomputed from the claims and decisions each time (derived facts are
 * functions, not state); cheap enough for that because grouping is near-linear.
 */
export function compareClaims(
  items: readonly ComparableItem[],
  decisions: readonly GroupDecision[] = [],
  context: EventContext = {},
): ComparedGroup[] {
  return groupClaims(items, decisions, context).map((group) => ({
    ...group,
    ...compareGroup(group),
  }));
}
