import { describe, expect, it } from 'vitest';
import { layOutText, type LayoutOptions } from '../../../core/text/layout';

const blocksOf = (raw: string, options: LayoutOptions) => {
  const { text, blocks } = layOutText(raw, options);
  return blocks.map((block) => `${block.kind}:${text.slice(block.start, block.end)}`);
};

describe('layOutText', () => {
  it.each<[string, string, LayoutOptions, string[]]>([
    [
      'one paragraph per line',
      'First line.\nSecond line.\n',
      { layout: 'line-per-paragraph' },
      ['paragraph:First line.', 'paragraph:Second line.'],
    ],
    [
      'blank lines and edge spaces dropped',
      '\n  A.  \n\n\nB.\n',
      { layout: 'line-per-paragraph' },
      ['paragraph:A.', 'paragraph:B.'],
    ],
    [
      'page chrome left out',
      'Home » x\nTags\nBody.\nSource\nTranslate',
      { layout: 'line-per-paragraph', chrome: { head: 2, tail: 2 } },
      ['paragraph:Body.'],
    ],
    [
      'hard-wrapped lines joined with a space',
      'more\nthan 130 people\nwere killed.\n\nNext.',
      { layout: 'hard-wrapped' },
      ['paragraph:more than 130 people were killed.', 'paragraph:Next.'],
    ],
    [
      'a word broken at a hyphen stays hyphenated',
      'former al-\nQaeda and present-\nday',
      { layout: 'hard-wrapped' },
      ['paragraph:former al-Qaeda and present-day'],
    ],
    [
      'a dash keeps its tight join',
      'involvement—\nsuch as',
      { layout: 'hard-wrapped' },
      ['paragraph:involvement—such as'],
    ],
    [
      'a trailing hyphen before a digit is a space join',
      'pages 10-\n12',
      { layout: 'hard-wrapped' },
      ['paragraph:pages 10- 12'],
    ],
    [
      'a heading line stands alone',
      'Conclusion\nText goes\non.',
      { layout: 'hard-wrapped', headings: ['Conclusion'] },
      ['heading:Conclusion', 'paragraph:Text goes on.'],
    ],
    [
      'a page break inside a sentence is rejoined',
      'requirements set by\n\nits structure.',
      { layout: 'hard-wrapped' },
      ['paragraph:requirements set by its structure.'],
    ],
    [
      'a finished sentence is not rejoined',
      'It ended.\n\nthen lower case.',
      { layout: 'hard-wrapped' },
      ['paragraph:It ended.', 'paragraph:then lower case.'],
    ],
    [
      'no-break spaces read as spaces',
      'at\u00a0least\u202f143',
      { layout: 'line-per-paragraph' },
      ['paragraph:at least 143'],
    ],
    [
      'CRLF line endings',
      'A\r\nb.\r\n\r\nC',
      { layout: 'hard-wrapped' },
      ['paragraph:A b.', 'paragraph:C'],
    ],
    ['empty input gives no blocks', '', { layout: 'hard-wrapped' }, []],
  ])('%s', (_name, raw, options, expected) => {
    expect(blocksOf(raw, options)).toEqual(expected);
  });

  it('joins blocks with a blank line and keeps offsets exact', () => {
    const { text, blocks } = layOutText('A.\nBb.\nCcc.', { layout: 'line-per-paragraph' });
    expect(text).toBe('A.\n\nBb.\n\nCcc.');
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual([
      'A.',
      'Bb.',
      'Ccc.',
    ]);
  });
});
