/** An analyst's manual decision about two claims: they are (link) or are not (unlink) one fact. */
export interface GroupDecision {
  kind: 'link' | 'unlink';
  claimIds: [string, string];
}

/** The decisions that still hold, one per unordered pair. */
export interface EffectiveDecisions {
  links: [string, string][];
  unlinks: [string, string][];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Reduces a decision log to one decision per pair: the later decision on the same pair wins
 * (an analyst who links, then unlinks, meant unlink). Self-pairs are ignored. Keeping the log
 * rather than the result lets the UI show and undo decisions; this folds it when grouping.
 */
export function effectiveDecisions(decisions: readonly GroupDecision[] = []): EffectiveDecisions {
  const last = new Map<string, GroupDecision>();
  for (const decision of decisions) {
    const [a, b] = decision.claimIds;
    if (a === b) continue;
    const key = pairKey(a, b);
    last.delete(key);
    last.set(key, decision);
  }
  const links: [string, string][] = [];
  const unlinks: [string, string][] = [];
  for (const decision of last.values()) {
    (decision.kind === 'link' ? links : unlinks).push(decision.claimIds);
  }
  return { links, unlinks };
}
