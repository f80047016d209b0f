import { compareClaims, itemFromClaim, sourceLookup, type ComparedGroup } from '../compare/index';
import type { Project } from '../model/project';
import type { Source } from '../model/source';

/** What the exports need to know about a source beyond the project's own record. */
export type SourceInfo = Pick<Source, 'id' | 'metadata'> &
  Partial<Pick<Source, 'text' | 'contentHash'>>;

/**
 * The project's sources, each with its loaded text when one is given, then any loaded source
 * the project does not know. The project's record stays authoritative for metadata (title,
 * publisher, reliability are what the analyst set); a loaded file only contributes its text
 * and hash, because a bare text file often carries no metadata at all.
 */
export function mergeSources(project: Project, sources: readonly SourceInfo[] = []): SourceInfo[] {
  const loaded = new Map(sources.map((source) => [source.id, source]));
  const merged: SourceInfo[] = project.sources.map((ref) => {
    const file = loaded.get(ref.id);
    const info: SourceInfo = { id: ref.id, metadata: ref.metadata, contentHash: ref.contentHash };
    if (file?.text !== undefined) {
      info.text = file.text;
      info.contentHash = file.contentHash ?? ref.contentHash;
    }
    return info;
  });
  const known = new Set(project.sources.map((ref) => ref.id));
  for (const source of sources) if (!known.has(source.id)) merged.push(source);
  return merged;
}

/**
 * Groups and judges the project's claims exactly as the Compare view does (same items, same
 * manual decisions), so every export shows the verdicts the analyst saw. Publication dates
 * come from the merged sources, which is what lets revisions be explained.
 */
export function compareProject(
  project: Project,
  sources: readonly SourceInfo[] = [],
): ComparedGroup[] {
  const lookup = sourceLookup(mergeSources(project, sources));
  const items = project.claims.map((claim) => itemFromClaim(claim, lookup));
  return compareClaims(items, project.groupDecisions);
}

/** Each claim id mapped to the compared group it belongs to. */
export function groupsByClaim(groups: readonly ComparedGroup[]): Map<string, ComparedGroup> {
  const byClaim = new Map<string, ComparedGroup>();
  for (const group of groups) for (const item of group.items) byClaim.set(item.id, group);
  return byClaim;
}

/** True for the groups a discrepancy report flags: sources differ, or one contradicts itself. */
export function isFlagged(group: ComparedGroup): boolean {
  return group.verdict === 'compatible' || group.verdict === 'conflict' || group.inconsistent;
}
