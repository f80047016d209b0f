import { embeddedSource } from '../../core/model/embedded-source';
import type { SourceRef } from '../../core/model/project';
import type { Source } from '../../core/model/source';

/**
 * The sources on screen: the shipped corpus, with each source the project carries (an import, or
 * a newer version of a corpus article) in place of or after it. A carried source whose text does
 * not match its hash is reported, not shown.
 */
export function withEmbeddedSources(
  corpus: readonly Source[] | null,
  refs: readonly SourceRef[] | undefined,
): { loaded: Source[] | null; damaged: string[] } {
  if (!corpus) return { loaded: null, damaged: [] };
  const carried = new Map<string, Source>();
  const damaged: string[] = [];
  for (const ref of refs ?? []) {
    if (!ref.content) continue;
    const source = embeddedSource(ref);
    if (source) carried.set(ref.id, source);
    else damaged.push(ref.title);
  }
  const loaded = corpus.map((source) => carried.get(source.id) ?? source);
  const shown = new Set(corpus.map((source) => source.id));
  for (const [id, source] of carried) if (!shown.has(id)) loaded.push(source);
  return { loaded, damaged };
}
