import type { GroupDecision, Project } from '../model/project';

export type { GroupDecision };

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

/**
 * The decisions that take one claim out of its group and nothing else: it is unlinked from every
 * other member, and the rest are linked in a chain so they stay one group even when the split
 * claim was what bridged them (a bare "Moscow" cue joining "Crocus" to "Krasnogorsk").
 */
export function splitDecisions(memberIds: readonly string[], claimId: string): GroupDecision[] {
  const rest = memberIds.filter((id) => id !== claimId);
  const unlinks = rest.map((id): GroupDecision => ({ kind: 'unlink', claimIds: [claimId, id] }));
  const links = rest
    .slice(1)
    .map((id, index): GroupDecision => ({ kind: 'link', claimIds: [rest[index] as string, id] }));
  return [...unlinks, ...links];
}

/** The decision that puts two claims in one group, whatever the rules say. */
export function linkDecision(claimId: string, otherId: string): GroupDecision {
  return { kind: 'link', claimIds: [claimId, otherId] };
}

/**
 * The project with two claims linked into one group: the analyst's "same fact" overrides the
 * grouping rules. Appended to the decision log (never rewritten) so undo and audit see it.
 */
export function linkClaims(
  project: Project,
  claimId: string,
  otherId: string,
  now: string,
): Project {
  return {
    ...project,
    groupDecisions: [...project.groupDecisions, linkDecision(claimId, otherId)],
    modified: now,
  };
}

/**
 * The project with one claim taken out of its group ("not the same fact"), the other members
 * kept together: see `splitDecisions`.
 */
export function splitClaim(
  project: Project,
  claimId: string,
  otherIds: readonly string[],
  now: string,
): Project {
  return {
    ...project,
    groupDecisions: [...project.groupDecisions, ...splitDecisions([claimId, ...otherIds], claimId)],
    modified: now,
  };
}
