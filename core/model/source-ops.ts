import type { Project } from './project';
import type { SourceMetadata } from './source';

/**
 * The project with what the analyst knows about one source (title, publisher, date, short
 * name, reliability...) replaced. Only the project's record changes: the corpus file and the
 * text stay as they were, so the edit is one undo step and can never alter a quote. An unknown
 * id returns the same project object, so callers can see that nothing happened.
 */
export function updateSourceDetails(
  project: Project,
  sourceId: string,
  metadata: SourceMetadata,
  now: string,
): Project {
  if (!project.sources.some((ref) => ref.id === sourceId)) return project;
  return {
    ...project,
    sources: project.sources.map((ref) =>
      ref.id === sourceId ? { ...ref, title: metadata.title, metadata } : ref,
    ),
    modified: now,
  };
}
