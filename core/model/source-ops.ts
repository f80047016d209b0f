import { canonicalLanguageTag } from '../language/tags';
import type { Project } from './project';
import type { SourceMetadata } from './source';

/**
 * The project with what the analyst knows about one source (title, publisher, date, short
 * name, reliability...) replaced. Only the project's record changes: the corpus file and the
 * text stay as they were, so the edit is one undo step and can never alter a quote. The language
 * is stored as a canonical BCP 47 tag; one that is not a tag keeps the source's current language.
 * An unknown id returns the same project object, so callers can see that nothing happened.
 */
export function updateSourceDetails(
  project: Project,
  sourceId: string,
  metadata: SourceMetadata,
  now: string,
): Project {
  const current = project.sources.find((ref) => ref.id === sourceId);
  if (!current) return project;
  // The language decides how the text is laid out (right to left or not): store it canonical
  // ("fa-AF"), and never a string that is not a tag (the dialog says why; this keeps the old one).
  const language = canonicalLanguageTag(metadata.language) ?? current.metadata.language;
  const recorded = language === metadata.language ? metadata : { ...metadata, language };
  return {
    ...project,
    sources: project.sources.map((ref) =>
      ref.id === sourceId ? { ...ref, title: metadata.title, metadata: recorded } : ref,
    ),
    modified: now,
  };
}
