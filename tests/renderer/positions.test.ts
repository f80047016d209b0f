import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../core/io/source-file';
import { buildSourceDoc, CHUNK_BLOCKS } from '../../renderer/editor/positions';

function parsed(body: string, headings = '[Title]') {
  const result = parseSourceFile({
    id: 's',
    content: `---\nlayout: line-per-paragraph\nheadings: ${headings}\n---\n${body}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const source = parsed('Title\nAlpha beta.\nGamma.');

describe('offset <-> ProseMirror position converter', () => {
  const map = buildSourceDoc(source);

  it('builds one node per block, in one chunk, with the same text', () => {
    expect(map.doc.childCount).toBe(1);
    expect(map.doc.child(0).childCount).toBe(3);
    expect(map.doc.child(0).child(0).type.name).toBe('heading');
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

describe('a source longer than one chunk', () => {
  const lines = Array.from({ length: CHUNK_BLOCKS * 2 + 5 }, (_, i) => `Line ${i} says ${i * 7}.`);
  const long = parsed(lines.join('\n'), '[]');
  const map = buildSourceDoc(long);

  it('puts every CHUNK_BLOCKS blocks in a chunk and keeps the text whole', () => {
    expect(map.doc.childCount).toBe(3);
    expect([0, 1, 2].map((i) => map.doc.child(i).childCount)).toEqual([
      CHUNK_BLOCKS,
      CHUNK_BLOCKS,
      5,
    ]);
    expect(map.doc.textBetween(0, map.doc.content.size, '\n\n')).toBe(long.text);
  });

  it.each([0, CHUNK_BLOCKS - 1, CHUNK_BLOCKS, CHUNK_BLOCKS * 2, lines.length - 1])(
    'block %i maps to its own text and back, on both sides of a chunk edge',
    (index) => {
      const block = long.blocks[index]!;
      const from = map.toPos(block.start);
      const to = map.toPos(block.end);
      expect(map.doc.textBetween(from, to)).toBe(lines[index]);
      expect([map.toOffset(from), map.toOffset(to)]).toEqual([block.start, block.end]);
    },
  );

  it('maps a quote across a chunk edge to the same text', () => {
    const start = long.blocks[CHUNK_BLOCKS - 1]!.start;
    const end = long.blocks[CHUNK_BLOCKS]!.end;
    expect(map.doc.textBetween(map.toPos(start), map.toPos(end), '\n\n')).toBe(
      long.text.slice(start, end),
    );
  });
});
