import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../core/io/source-file';
import { parseProject, serializeProject } from '../../../core/io/project-file';
import { createProject, type SourceRef } from '../../../core/model/project';
import { embedSource, embeddedSource } from '../../../core/model/embedded-source';

const parsed = parseSourceFile({
  id: 'imported',
  path: 'report.pdf',
  content: '---\ntitle: Imported\n---\nFirst paragraph.\n\nSecond one.',
});
if (!parsed.ok) throw new Error(parsed.error);
const source = parsed.value;

describe('embedded sources', () => {
  it('round-trips through the project file', () => {
    const project = {
      ...createProject({ id: 'p', name: 'P', now: '2026-01-01T00:00:00Z' }),
      sources: [embedSource(source)],
    };
    const reread = parseProject(serializeProject(project));
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    expect(embeddedSource(reread.value.sources[0]!)).toEqual(source);
  });

  it.each<[string, (ref: SourceRef) => SourceRef]>([
    ['no content (a corpus source)', ({ content: _content, ...ref }) => ref],
    [
      'text edited by hand (hash mismatch)',
      (ref) => ({
        ...ref,
        content: { ...ref.content!, text: ref.content!.text.replace('First', 'Fist') },
      }),
    ],
    [
      'a block past the end of the text',
      (ref) => ({
        ...ref,
        content: { ...ref.content!, blocks: [{ kind: 'paragraph', start: 0, end: 9999 }] },
      }),
    ],
    [
      'blocks out of order',
      (ref) => ({
        ...ref,
        content: { ...ref.content!, blocks: [...ref.content!.blocks].reverse() },
      }),
    ],
  ])('gives no source for %s', (_name, damage) => {
    expect(embeddedSource(damage(embedSource(source)))).toBeNull();
  });
});
