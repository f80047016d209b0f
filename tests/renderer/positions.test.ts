import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../core/io/source-file';
import { buildSourceDoc } from '../../renderer/editor/positions';

const source = (() => {
  const result = parseSourceFile({
    id: 's',
    content: '---\nlayout: line-per-paragraph\nheadings: [Title]\n---\nTitle\nAlpha beta.\nGamma.',
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
})();

describe('offset <-> ProseMirror position converter', () => {
  const map = buildSourceDoc(source);

  it('builds one node per block with the same text', () => {
    expect(map.doc.childCount).toBe(3);
    expect(map.doc.child(0).type.name).toBe('heading');
    expect(map.doc.textBetween(0, map.doc.content.size, '\n\n')).toBe(source.text);
  });

  it.each(['Title', 'Alpha', 'beta.', 'Gamma.', 'a b'])(
    'the quote "%s" maps to the same text in the doc',
    (quote) => {
      const start = source.text.indexOf(quote);
      const end = start + quote.length;
      expect(map.doc.textBetween(map.toPos(start), map.toPos(end))).toBe(quote);
    },
  );

  it('round-trips every offset inside a block', () => {
    for (const block of source.blocks) {
      for (let offset = block.start; offset <= block.end; offset += 1) {
        expect(map.toOffset(map.toPos(offset))).toBe(offset);
      }
    }
  });

  it('maps an offset in a block separator to the end of the previous block', () => {
    const firstEnd = source.blocks[0]!.end;
    expect(map.toPos(firstEnd + 1)).toBe(map.toPos(firstEnd));
  });
});
