import type { ComparedGroup } from './compare';

/**
 * True when an analyst should look: the sources give different figures (conflict or compatible)
 * or a voice contradicts itself. The one definition the panel, the markers and the report share.
 */
export function isFlagged(group: ComparedGroup): boolean {
  return group.verdict === 'conflict' || group.verdict === 'compatible' || group.inconsistent;
}

/** Reading priority: conflicts, then inconsistencies, then compatible, agreeing, single groups. */
export function flagRank(group: ComparedGroup): number {
  if (group.verdict === 'conflict') return 0;
  if (group.inconsistent) return 1;
  if (group.verdict === 'compatible') return 2;
  return group.verdict === 'agree' ? 3 : 4;
}

/**
 * Groups in reading priority ({@link flagRank}); a stable sort, so groups of one rank keep the
 * derivation's order (by source, then position). The one ordering every view and export uses.
 */
export function orderGroups<G extends ComparedGroup>(groups: readonly G[]): G[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => flagRank(a.group) - flagRank(b.group) || a.index - b.index)
    .map(({ group }) => group);
}
