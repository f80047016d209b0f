import type { SourceRef } from './project';
import type { Source } from './source';
import { contentHash } from './hash';

/** The project's record of a source it reads from a file (the shipped corpus): no text. */
export function sourceRefOf(source: Source): SourceRef {
  return {
    id: source.id,
    title: source.metadata.title,
    ...(source.path ? { path: source.path } : {}),
    contentHash: source.contentHash,
    metadata: source.metadata,
  };
}

/** The project's record of a source, carrying its text when the project must keep it. */
export function embedSource(source: Source): SourceRef {
  return { ...sourceRefOf(source), content: { text: source.text, blocks: source.blocks } };
}

/**
 * The source a project carries, or null when it carries none or the text does not match its
 * recorded hash (a hand-edited or damaged file): a claim must never be shown on text other than
 * the one it was tagged on without the anchoring checks that follow a hash mismatch.
 */
export function embeddedSource(ref: SourceRef): Source | null {
  if (!ref.content) return null;
  const { text, blocks } = ref.content;
  const inside = blocks.every(
    (block, index) =>
      block.start <= block.end &&
      block.end <= text.length &&
      (index === 0 || block.start >= blocks[index - 1]!.end),
  );
  if (!inside || contentHash(text) !== ref.contentHash) return null;
  return {
    id: ref.id,
    ...(ref.path ? { path: ref.path } : {}),
    metadata: ref.metadata,
    text,
    blocks,
    contentHash: ref.contentHash,
  };
}
