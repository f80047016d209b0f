import { describe, expect, it } from 'vitest';
import { chromeKey, isPageNumber } from '../../../core/import/pdf-chrome';
import { layOutPdf } from '../../../core/import/pdf-layout';
import { pageLines, type PdfPageText, type PdfTextItem } from '../../../core/import/pdf-lines';

/** A page from lines: [text, y, size?, x?]; each line one run ending the line. */
function page(...lines: [string, number, number?, number?][]): PdfPageText {
  return {
    items: lines.map(([str, y, size = 10, x = 50]): PdfTextItem => ({
      str,
      x,
      y,
      width: str.length * size * 0.5,
      size,
      hasEOL: true,
    })),
  };
}

const blocks = (pages: PdfPageText[]) =>
  layOutPdf(pages).map((b) => `${b.page}:${b.kind}:${b.text}`);

describe('layOutPdf', () => {
  it.each<[string, PdfPageText[], string[]]>([
    [
      'wrapped lines join, a wider gap starts a paragraph',
      [
        page(
          ['The attack killed', 700],
          ['at least 143 people.', 688],
          ['Officials said so.', 664],
        ),
      ],
      ['1:paragraph:The attack killed at least 143 people.', '1:paragraph:Officials said so.'],
    ],
    [
      'a word hyphenated at a break keeps its hyphen (as layout.ts), a soft hyphen is removed',
      [page(['a present-', 700], ['day figure and a gov\u00AD', 688], ['ernment source.', 676])],
      ['1:paragraph:a present-day figure and a government source.'],
    ],
    [
      'larger type is a heading',
      [page(['Toll rises', 720, 18], ['Body text here.', 690])],
      ['1:heading:Toll rises', '1:paragraph:Body text here.'],
    ],
    [
      'a paragraph cut by a page break is rejoined and keeps its first page',
      [
        page(['The Daily Wire', 800, 8], ['Officials said the toll had risen', 700], ['1', 40, 8]),
        page(['The Daily Wire', 800, 8], ['overnight to 143.', 700], ['2', 40, 8]),
      ],
      ['1:paragraph:Officials said the toll had risen overnight to 143.'],
    ],
    [
      'a finished paragraph does not run on to the next page',
      [page(['First page ends here.', 700]), page(['Second page starts anew.', 700])],
      ['1:paragraph:First page ends here.', '2:paragraph:Second page starts anew.'],
    ],
    [
      'running heads with page numbers and bare page numbers are dropped',
      [
        page(['Report - page 1', 800, 8], ['Alpha text.', 700], ['- 1 -', 40, 8]),
        page(['Report - page 2', 800, 8], ['Beta text.', 700], ['- 2 -', 40, 8]),
        page(['Report - page 3', 800, 8], ['Gamma text.', 700], ['- 3 -', 40, 8]),
      ],
      ['1:paragraph:Alpha text.', '2:paragraph:Beta text.', '3:paragraph:Gamma text.'],
    ],
    [
      'a one-page document keeps its first line: nothing shows it repeats',
      [page(['The Daily Wire', 800, 8], ['Body text of the only page.', 700])],
      ['1:paragraph:The Daily Wire', '1:paragraph:Body text of the only page.'],
    ],
    [
      'runs on one baseline join, with a space only where the gap is a word space',
      [
        {
          items: [
            { str: 'at le', x: 50, y: 700, width: 25, size: 10 },
            { str: 'ast', x: 75, y: 700, width: 15, size: 10 },
            { str: '143', x: 93, y: 700, width: 15, size: 10, hasEOL: true },
          ],
        },
      ],
      ['1:paragraph:at least 143'],
    ],
    [
      'edge lines that differ only by a figure are text, not furniture',
      [
        page(['Head', 800, 8], ['The toll was 143 at noon.', 700], ['1', 40, 8]),
        page(['Head', 800, 8], ['The toll was 150 at noon.', 700], ['2', 40, 8]),
      ],
      ['1:paragraph:The toll was 143 at noon.', '2:paragraph:The toll was 150 at noon.'],
    ],
    [
      'a last line that repeats on every page is text when nothing sets it apart',
      [
        page(
          ['Head', 800, 8],
          ['Page one begins.', 700],
          ['Officials said so.', 688],
          ['1', 40, 8],
        ),
        page(
          ['Head', 800, 8],
          ['Page two begins.', 700],
          ['Officials said so.', 688],
          ['2', 40, 8],
        ),
      ],
      [
        '1:paragraph:Page one begins. Officials said so.',
        '2:paragraph:Page two begins. Officials said so.',
      ],
    ],
    ['an empty text layer gives no blocks', [{ items: [] }, { items: [] }], []],
  ])('%s', (_name, pages, expected) => {
    expect(blocks(pages)).toEqual(expected);
  });
});

describe('pageLines: runs become lines', () => {
  const run = (str: string, x: number, y = 700, hasEOL = false): PdfTextItem => ({
    str,
    x,
    y,
    width: str.length * 5,
    size: 10,
    ...(hasEOL ? { hasEOL } : {}),
  });
  it.each<[string, PdfTextItem[], string[]]>([
    ['runs that touch join tight', [run('Flo', 50), run('od', 65)], ['Flood']],
    [
      'a gap wider than a thin space is a word space',
      [run('The', 50), run('flood', 70)],
      ['The flood'],
    ],
    ['a run with its own space adds none', [run('The ', 50), run('flood', 75)], ['The flood']],
    ['a run starting with a space adds none', [run('The', 50), run(' flood', 70)], ['The flood']],
    [
      'white space inside a line collapses, ends trimmed',
      [run('  The \t river', 50), run('  rose  ', 120)],
      ['The river rose'],
    ],
    [
      'a run marked end-of-line ends it',
      [run('One', 50, 700, true), run('Two', 70)],
      ['One', 'Two'],
    ],
    [
      'an empty run marked end-of-line ends the line too',
      [run('One', 50), run('', 65, 700, true), run('Two', 70)],
      ['One', 'Two'],
    ],
    ['a baseline move starts a line', [run('Up', 50, 700), run('Down', 62, 690)], ['Up', 'Down']],
    [
      'a jump back left starts a line',
      [run('Right side', 200), run('Left', 50)],
      ['Right side', 'Left'],
    ],
    [
      'a line of white space only is dropped',
      [run('   ', 50, 700, true), run('Kept', 50, 688)],
      ['Kept'],
    ],
    [
      'many runs on one line are one line',
      Array.from({ length: 3_000 }, (_, i) => run('ab', 50 + i * 10)),
      ['ab'.repeat(3_000)],
    ],
  ])('%s', (_what, items, expected) => {
    expect(pageLines({ items }, 1).map((line) => line.text)).toEqual(expected);
  });
});

describe('isPageNumber', () => {
  it.each([
    ['7', true],
    ['- 7 -', true],
    ['Page 7', true],
    ['page 7 of 12', true],
    ['7/12', true],
    ['xiv', true],
    ['143 people', false],
    ['Mild', false],
    ['Civil', false],
    ['I', false],
  ])('%s -> %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });
});

describe('chromeKey', () => {
  it.each([
    ['Report, page 3', 'report, page #'],
    ['3 | Daily Wire', '# | daily wire'],
    ['Page 3 of 12', 'page # of #'],
    ['The toll was 143 at noon.', 'the toll was 143 at noon.'],
  ])('%s -> %s', (text, key) => {
    expect(chromeKey(text)).toBe(key);
  });
});
