import { describe } from '../../core/anchoring';
import type { Claim } from '../../core/model/claim';
import type { Project } from '../../core/model/project';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';

/** True when a claim of the same type already covers the suggestion's words (accepted or tagged). */
function claimed(suggestion: Suggestion, claims: readonly Claim[]): boolean {
  return claims.some(
    (claim) =>
      claim.type === suggestion.type &&
      claim.target.sourceId === suggestion.sourceId &&
      claim.target.position.start < suggestion.end &&
      suggestion.start < claim.target.position.end,
  );
}

/** Suggestions still waiting for the analyst: not dismissed, not already a claim. */
export function pendingSuggestions(all: readonly Suggestion[], project: Project): Suggestion[] {
  const dismissed = new Set(project.dismissedSuggestions);
  return all.filter(
    (suggestion) => !dismissed.has(suggestion.id) && !claimed(suggestion, project.claims),
  );
}

/** The claim an accepted suggestion becomes: every field Corroborate found, pre-filled. */
export function claimFromSuggestion(
  suggestion: Suggestion,
  source: Source,
  id: string,
  now: string,
): Claim {
  const claim: Claim = {
    id,
    type: suggestion.type,
    tags: [],
    target: describe(source.text, suggestion.start, suggestion.end, source.id, source.contentHash),
    event: suggestion.eventCue,
    measure: suggestion.measure,
    value: suggestion.value,
    attributedTo: suggestion.attributedTo,
    note: '',
    created: now,
    modified: now,
  };
  if (suggestion.subject) claim.subject = suggestion.subject;
  if (suggestion.attributedTarget) claim.attributedTarget = suggestion.attributedTarget;
  return claim;
}

/** Records dismissed suggestion ids in the project, so re-extraction does not offer them again. */
export function dismiss(project: Project, ids: readonly string[], now: string): Project {
  const known = new Set(project.dismissedSuggestions);
  const added = ids.filter((id) => !known.has(id));
  return added.length
    ? {
        ...project,
        dismissedSuggestions: [...project.dismissedSuggestions, ...added],
        modified: now,
      }
    : project;
}
