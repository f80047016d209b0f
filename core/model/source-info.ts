import type { Project } from './project';
import type { Source } from './source';

/** What the derivation and the exports need to know about a source beyond the project's record. */
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
