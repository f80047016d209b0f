import { describe, expect, it } from 'vitest';
import { sourceFromDocx } from '../../../core/import/docx';
import { sourceFromHtml } from '../../../core/import/html';
import { bytesText, IMPORT_LIMITS } from '../../../core/io/import-limits';
import { extractPdfText, type PdfjsLike } from '../../../core/import/pdf-text';
import { checkZipBounds } from '../../../core/import/zip-bounds';
import { readZipDirectory } from '../../../core/import/zip-directory';
import { splitFrontMatter } from '../../../core/io/front-matter';
import { makeDocx } from './fixtures';
import { declareSize, docxWithPart, docxWithParts } from './zip-fixtures';

const context = { id: 'report', now: '2024-05-02T09:00:00.000Z', name: 'report' };
const MB = 1024 * 1024;

function nested(tag: string, depth: number, text: string): string {
  return `<body>${`<${tag}>`.repeat(depth)}${text}${`</${tag}>`.repeat(depth)}</body>`;
}

describe('HTML nesting is capped (iterative walk, refused past the cap)', () => {
  const limit = IMPORT_LIMITS.htmlDepth;
  it.each<[string, string, RegExp | string]>([
    ['100,000 nested divs', nested('div', 100_000, 'Deep text.'), /nested more than 1,000 levels/],
    ['100,000 unclosed divs', `${'<div>'.repeat(100_000)}Deep text.`, /limit is 1,000/],
    ['100,000 nested inline tags', nested('b', 100_000, 'Deep text.'), /limit is 1,000/],
    ['divs one level past the cap', nested('div', limit, 'Deep text.'), /limit is 1,000/],
    [
      'divs just under the cap',
      nested('div', limit - 10, 'The levee held overnight.'),
      'The levee held overnight.',
    ],
    [
      '5,000 divs side by side',
      `<body>${'<div>Side note.</div>'.repeat(5_000)}</body>`,
      'Side note.',
    ],
  ])('%s', (_name, html, expected) => {
    const result = sourceFromHtml(html, { ...context, name: 'page.html' });
    if (typeof expected === 'string') {
      if (!result.ok) throw new Error(result.error);
      expect(result.value.text.split('\n\n')[0]).toBe(expected);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(expected);
      if (!result.ok) expect(result.error).toMatch(/^page\.html was not imported/);
    }
  });

  it('reads a deep page (900 levels) with its paragraphs in order', () => {
    const inner =
      '<p>The first ferry left at dawn from the northern pier.</p><p>The second ferry waited for the tide to turn again.</p>';
    const result = sourceFromHtml(nested('section', 900, inner), context);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.text).toBe(
      'The first ferry left at dawn from the northern pier.\n\nThe second ferry waited for the tide to turn again.',
    );
  });
});

describe('DOCX inflated size is capped before mammoth reads it', () => {
  const small = { zipEntries: 20, zipEntryBytes: 64 * 1024, zipTotalBytes: 256 * 1024 };
  it.each<[string, () => Promise<Uint8Array>, RegExp | null]>([
    ['an ordinary document', () => makeDocx([{ text: 'The dam was inspected.' }]), null],
    [
      'a part over the per-part cap',
      () => docxWithPart('word/big.xml', 100 * 1024),
      /word\/big\.xml would inflate to more than 64 KB; the limit is 64 KB per part/,
    ],
    [
      'parts over the total cap',
      () => docxWithParts(5, 60 * 1024),
      /more than 256 KB in all; the limit is 256 KB/,
    ],
    ['too many parts', () => docxWithParts(30, 10), /holds 36 files; the limit is 20/],
    [
      'a part that lies about its size',
      async () =>
        declareSize(await docxWithPart('word/big.xml', 200 * 1024), 'word/big.xml', 1_000),
      /word\/big\.xml inflates to more than the 1000 bytes its zip directory declares/,
    ],
  ])('%s', async (_name, make, expected) => {
    const bytes = await make();
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error(directory.error);
    const result = checkZipBounds(bytes, directory.value, small);
    if (expected === null) expect(result).toEqual({ ok: true, value: undefined });
    else expect(result.ok || result.error).toMatch(expected);
  });

  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    [
      'a 100 MB zip bomb part',
      () => docxWithPart('word/document2.xml', 100 * MB),
      /limit is 32 MB per part/,
    ],
    [
      'a 40 MB part declared as 1 KB',
      async () =>
        declareSize(await docxWithPart('word/document.xml', 40 * MB), 'word/document.xml', 1_024),
      /word\/document\.xml inflates to more than .* declares \(a zip bomb\)/,
    ],
  ])('sourceFromDocx refuses %s with the cap named', async (_name, make, expected) => {
    const bytes = await make();
    expect(bytes.length).toBeLessThan(MB);
    const result = await sourceFromDocx(bytes, { ...context, name: 'memo.docx' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^memo\.docx was not imported: /);
    if (!result.ok) expect(result.error).toMatch(expected);
  });
});

describe('front matter keys and length are capped before YAML parses them', () => {
  const block = (lines: string[]) => `---\n${lines.join('\n')}\n---\nThe body stays here.`;
  const keys = (count: number) => Array.from({ length: count }, (_, i) => `key${i}: value`);
  it.each<[string, string, RegExp | number]>([
    ['200,000 keys', block(keys(200_000)), /more than 1,000 entries .*the limit is 1,000/],
    [
      '200,000 keys in one flow mapping',
      `---\n{${keys(200_000).join(', ')}}\n---\nBody.`,
      /the limit is 1,000/,
    ],
    [
      '200,000 bare keys in a flow mapping',
      `---\n{${Array.from({ length: 200_000 }, (_, i) => `k${i}`).join(',')}}\n---\nBody.`,
      /the limit is 1,000/,
    ],
    [
      'a list of 5,000 items',
      block(['headings:', ...Array.from({ length: 5_000 }, () => '  - One')]),
      /the limit is 1,000/,
    ],
    [
      'one 1 MB line with an error per word',
      block([`title: ${'&a '.repeat(350_000)}x`]),
      /is 1.0 MB long; the limit is 64 KB/,
    ],
    [
      'a 60 KB line with an error per word, read to its first error',
      block([`title: ${'&a '.repeat(20_000)}x`]),
      /not valid YAML \(A node can have at most one anchor/,
    ],
    ['990 keys', block(keys(990)), 990],
    ['1,000 keys, the most read', block(keys(1_000)), 1_000],
    ['1,001 keys', block(keys(1_001)), /more than 1,000 entries/],
    [
      '999 keys in one flow mapping (the brace and 998 commas)',
      `---\n{${Array.from({ length: 999 }, (_, i) => `k${i}`).join(',')}}\n---\nBody.`,
      999,
    ],
    [
      '1,000 keys in one flow mapping',
      `---\n{${Array.from({ length: 1_000 }, (_, i) => `k${i}`).join(',')}}\n---\nBody.`,
      /more than 1,000 entries/,
    ],
    [
      'a line past 64 KB with few entries',
      block([`title: ${'word '.repeat(20_000)}`]),
      /is 97.7 KB long; the limit is 64 KB/,
    ],
    ['ordinary metadata', block(['title: The river report', 'published: 2024-05-01']), 2],
  ])('%s', (_name, content, expected) => {
    const result = splitFrontMatter(content);
    if (typeof expected === 'number') {
      if (!result.ok) throw new Error(result.error);
      expect(Object.keys(result.value.data)).toHaveLength(expected);
    } else {
      expect(result.ok || result.error).toMatch(expected);
    }
  });
});

describe('PDF pages are capped before any page is read', () => {
  /** A pdf.js stand-in with `pages` pages of one line each; counts the pages it was asked for. */
  function fakePdfjs(pages: number) {
    const asked: number[] = [];
    const pdfjs: PdfjsLike = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: pages,
          getMetadata: () => Promise.resolve({ info: {} }),
          getPage: (number: number) => {
            asked.push(number);
            return Promise.resolve({
              getTextContent: () =>
                Promise.resolve({
                  items: [
                    {
                      str: `Page ${number}.`,
                      transform: [11, 0, 0, 11, 50, 700],
                      width: 40,
                      hasEOL: true,
                    },
                  ],
                }),
              cleanup: () => undefined,
            });
          },
          destroy: () => Promise.resolve(),
        }),
        destroy: () => Promise.resolve(),
      }),
    };
    return { pdfjs, asked };
  }

  it.each<[string, number, number | undefined, RegExp | number]>([
    [
      '5,000 pages with the default cap',
      5_000,
      undefined,
      /has 5,000 pages; the limit is 2,000 pages/,
    ],
    ['11 pages with a cap of 10', 11, 10, /the limit is 10 pages/],
    ['10 pages with a cap of 10', 10, 10, 10],
  ])('%s', async (_name, pages, maxPages, expected) => {
    const { pdfjs, asked } = fakePdfjs(pages);
    const result = await extractPdfText(pdfjs, new Uint8Array([1]), {
      name: 'atlas.pdf',
      ...(maxPages === undefined ? {} : { maxPages }),
    });
    if (typeof expected === 'number') {
      expect(result.ok && result.value.pages).toHaveLength(expected);
    } else {
      expect(result.ok || result.error).toMatch(expected);
      expect(asked).toEqual([]);
    }
  });
});

describe('sizes in refusal messages', () => {
  it.each<[number, string]>([
    [900, '900 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1.5 * MB, '1.5 MB'],
    [32 * MB, '32 MB'],
  ])('%i bytes reads as %s', (bytes, text) => {
    expect(bytesText(bytes)).toBe(text);
  });
});
