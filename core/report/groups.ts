import { deriveGroups, groupsByItem, type DerivedGroup } from '../compare/derive';
import type { Project } from '../model/project';
import type { SourceInfo } from '../model/source-info';

export { mergeSources, type SourceInfo } from '../model/source-info';
export { isFlagged } from '../compare/flags';

/**
 * The project's claim groups and verdicts, from the one derivation the panel shows
 * ({@link deriveGroups}), so every export prints the verdicts the analyst saw.
 */
export function compareProject(
  project: Project,
  sources: readonly SourceInfo[] = [],
): DerivedGroup[] {
  return deriveGroups(project, { sources }).groups;
}

/** Each claim id mapped to the compared group it belongs to. */
export function groupsByClaim(groups: readonly DerivedGroup[]): Map<string, DerivedGroup> {
  return groupsByItem(groups);
}
