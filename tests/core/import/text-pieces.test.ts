import { describe, expect, it } from 'vitest';
import { TextPieces } from '../../../core/import/text-pieces';

describe('TextPieces: the pieces added since the last take, as one string', () => {
  it.each<[string, string[]]>([
    ['one piece', ['Rain.']],
    ['a few pieces', ['Salt ', '&', ' pepper']],
    ['empty pieces count as pieces', ['', '']],
    ['exactly one chunk (1,024 pieces)', Array.from({ length: 1_024 }, (_, i) => `${i % 10}`)],
    ['a chunk and a piece', Array.from({ length: 1_025 }, (_, i) => `${i % 10}`)],
    ['many chunks', Array.from({ length: 5_000 }, (_, i) => `<${i}`)],
  ])('%s', (_what, pieces) => {
    const text = new TextPieces();
    for (const piece of pieces) text.add(piece);
    expect(text.empty).toBe(false);
    expect(text.take()).toBe(pieces.join(''));
    expect(text.empty).toBe(true);
  });

  it('starts again after each take, shorter or longer than before', () => {
    const text = new TextPieces();
    const runs = [
      ['a', 'b', 'c'],
      ['d'],
      ['e', 'f'],
      Array.from({ length: 2_000 }, () => 'g'),
      ['h'],
    ];
    const taken = runs.map((pieces) => {
      for (const piece of pieces) text.add(piece);
      return text.take();
    });
    expect(taken).toEqual(runs.map((pieces) => pieces.join('')));
  });
});
