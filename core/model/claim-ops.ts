import type { Claim } from './claim';
import type { Project } from './project';

/** Fields of a claim an edit may change; identity and creation time are fixed. */
export type ClaimPatch = Partial<Omit<Claim, 'id' | 'created' | 'modified'>>;

/**
 * Adds a claim, returning a new project (the old one is untouched, so undo can keep it). A
 * duplicate id is a programming error (ids are generated), so it throws instead of silently
 * replacing the analyst's earlier claim.
 */
export function addClaim(project: Project, claim: Claim, now: string): Project {
  if (project.claims.some((c) => c.id === claim.id)) {
    throw new Error(`addClaim: a claim with id "${claim.id}" already exists`);
  }
  return { ...project, modified: now, claims: [...project.claims, claim] };
}

/**
 * Applies an edit to one claim and stamps it modified. An unknown id returns the same project
 * object, so callers (and the undo history) can see by identity that nothing happened.
 */
export function updateClaim(project: Project, id: string, patch: ClaimPatch, now: string): Project {
  const index = project.claims.findIndex((c) => c.id === id);
  if (index < 0) return project;
  const claims = project.claims.slice();
  claims[index] = { ...claims[index]!, ...patch, id, modified: now };
  return { ...project, modified: now, claims };
}

/**
 * Removes a claim and the group decisions that name it (a decision about a missing claim would
 * confuse the Compare view). An unknown id returns the same project object.
 */
export function removeClaim(project: Project, id: string, now: string): Project {
  if (!project.claims.some((c) => c.id === id)) return project;
  return {
    ...project,
    modified: now,
    claims: project.claims.filter((c) => c.id !== id),
    groupDecisions: project.groupDecisions.filter((d) => !d.claimIds.includes(id)),
  };
}
