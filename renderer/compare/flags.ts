import { isFlagged, type ComparedGroup } from '../../core/compare';

/** The flag a marker shows beside a claim or suggestion: the worst of its groups' verdicts. */
export type ItemFlag = 'conflict' | 'inconsistent' | 'compatible';

const RANK: Record<ItemFlag, number> = { conflict: 0, inconsistent: 1, compatible: 2 };

/** Claim and suggestion ids of flagged groups, with the flag to mark them with in the panes. */
export function flagsByItem(groups: readonly ComparedGroup[]): ReadonlyMap<string, ItemFlag> {
  const flags = new Map<string, ItemFlag>();
  for (const group of groups) {
    if (!isFlagged(group)) continue;
    const flag: ItemFlag =
      group.verdict === 'conflict'
        ? 'conflict'
        : group.inconsistent
          ? 'inconsistent'
          : 'compatible';
    for (const item of group.items) {
      const current = flags.get(item.id);
      if (!current || RANK[flag] < RANK[current]) flags.set(item.id, flag);
    }
  }
  return flags;
}
