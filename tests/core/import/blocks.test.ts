import { describe, expect, it } from 'vitest';
import {
  canonicalBody,
  CanonicalBodyBuilder,
  collapseSpaces,
  collapseWhiteSpace,
} from '../../../core/import/blocks';

describe('collapseSpaces', () => {
  it.each([
    ['already collapsed text comes back as it is', 'The tide turned.', 'The tide turned.'],
    ['two spaces in a row', 'The  tide', 'The tide'],
    ['a line break', 'The\ntide', 'The tide'],
    ['a tab', 'The\ttide', 'The tide'],
    ['a no-break space', 'The\u00A0tide', 'The tide'],
    ['an ideographic space', 'The\u3000tide', 'The tide'],
    ['a space at the start', ' The tide', 'The tide'],
    ['a space at the end', 'The tide ', 'The tide'],
    ['only spaces', ' \n\t ', ''],
    ['a soft hyphen', 'tide\u00ADway', 'tideway'],
    ['a zero-width space between spaces', 'The \u200B tide', 'The tide'],
    ['a byte-order mark', '\uFEFFThe tide', 'The tide'],
    ['the empty text', '', ''],
  ])('%s', (_what, text, expected) => {
    expect(collapseSpaces(text)).toBe(expected);
  });
});

describe('collapseWhiteSpace: white space only, invisible characters kept', () => {
  it.each([
    ['already collapsed text comes back as it is', 'The tide turned.', 'The tide turned.'],
    ['runs of white space', 'The \n\t tide', 'The tide'],
    ['ends trimmed', '\u00A0The tide\n', 'The tide'],
    ['a soft hyphen is kept', 'tide\u00AD', 'tide\u00AD'],
    ['a zero-width space is kept', 'The\u200Btide', 'The\u200Btide'],
  ])('%s', (_what, text, expected) => {
    expect(collapseWhiteSpace(text)).toBe(expected);
  });
});

describe('CanonicalBodyBuilder: the same body as canonicalBody', () => {
  const cases: [string, { kind: 'heading' | 'paragraph'; text: string; page?: number }[]][] = [
    ['no blocks', []],
    [
      'a heading and paragraphs',
      [
        { kind: 'heading', text: 'Flood' },
        { kind: 'paragraph', text: 'The river rose.' },
        { kind: 'paragraph', text: 'Roads closed.' },
      ],
    ],
    [
      'empty and blank blocks are dropped, ends trimmed',
      [
        { kind: 'paragraph', text: '' },
        { kind: 'paragraph', text: '  The river rose.  ' },
        { kind: 'heading', text: '   ' },
        { kind: 'paragraph', text: 'Roads closed.' },
      ],
    ],
    [
      'pages are kept',
      [
        { kind: 'paragraph', text: 'Page one.', page: 1 },
        { kind: 'paragraph', text: 'Page two 🎉.', page: 2 },
      ],
    ],
  ];
  it.each(cases)('%s', (_what, raw) => {
    const builder = new CanonicalBodyBuilder();
    for (const block of raw) builder.add(block.kind, block.text, block.page);
    expect(builder.finish()).toEqual(canonicalBody(raw));
  });

  it('offsets count the blank line between blocks', () => {
    const builder = new CanonicalBodyBuilder();
    builder.add('heading', 'Flood');
    builder.add('paragraph', 'The river rose.');
    const body = builder.finish();
    expect(body.text).toBe('Flood\n\nThe river rose.');
    expect(body.blocks).toEqual([
      { kind: 'heading', start: 0, end: 5 },
      { kind: 'paragraph', start: 7, end: 22 },
    ]);
  });
});
