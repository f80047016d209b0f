import type { Claim } from '../../core/model/claim';

const split = new WeakMap<readonly Claim[], Map<string, Claim[]>>();

/**
 * The project's claims split by source, in project order, once per claims array (the project's
 * claims are replaced, never mutated, on an edit): the placements and the pending suggestions
 * both ask for it on every change.
 */
export function claimsBySource(claims: readonly Claim[]): ReadonlyMap<string, readonly Claim[]> {
  let bySource = split.get(claims);
  if (!bySource) {
    bySource = new Map<string, Claim[]>();
    for (const claim of claims) {
      const list = bySource.get(claim.target.sourceId);
      if (list) list.push(claim);
      else bySource.set(claim.target.sourceId, [claim]);
    }
    split.set(claims, bySource);
  }
  return bySource;
}

/** Whether two lists hold the very same values in the same order (a source's claims unchanged). */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
