import { describe, expect, it } from 'vitest';
import { readPdfTextNode } from '../../../cli/import/pdf-node';
import { importSourceFile } from '../../../core/import/import-file';
import { extractPdfText, type PdfjsLike } from '../../../core/import/pdf-text';
import type { Source } from '../../../core/model/source';
import { makePdf, makeScannedPdf, type PdfPageSpec } from './fixtures';

const NOW = '2024-04-01T10:00:00.000Z';
const HEADER = 'The Daily Wire - Moscow attack report';

/** Two pages: a heading, hard-wrapped paragraphs, one cut by the page break, heads and numbers. */
const PAGES: PdfPageSpec[] = [
  {
    header: HEADER,
    footer: '1',
    lines: [
      { text: 'Concert hall attack: toll rises', size: 18 },
      { text: 'Gunmen attacked Crocus City Hall near Moscow on', gapBefore: 10 },
      { text: 'Friday evening. The attack killed at least 143' },
      { text: 'people, officials said on Saturday.' },
      { text: 'More than 500 people were injured in the attack,', gapBefore: 8 },
      { text: 'according to the regional health ministry, and the' },
      { text: 'search of the building went on through the' },
    ],
  },
  {
    header: HEADER,
    footer: '2',
    lines: [
      { text: 'weekend as fire crews cleared the rubble.' },
      { text: 'Four suspects were detained in the Bryansk region', gapBefore: 8 },
      { text: 'on Saturday, the FSB said.' },
    ],
  },
  {
    header: HEADER,
    footer: '3',
    lines: [{ text: 'ISKP claimed responsibility for the attack.' }],
  },
];

async function importPdf(bytes: Uint8Array, progress?: string[]) {
  return importSourceFile({
    name: 'report.pdf',
    bytes,
    now: NOW,
    readPdf: readPdfTextNode,
    onProgress: progress ? (done, total) => progress.push(`${done}/${total}`) : undefined,
  });
}

function ok(result: Awaited<ReturnType<typeof importPdf>>): Source {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('PDF import (pdf.js text layer in Node)', () => {
  it('rebuilds paragraphs and keeps page numbers, without running heads or page numbers', async () => {
    const source = ok(
      await importPdf(await makePdf(PAGES, { title: 'Crocus report', author: 'Desk' })),
    );
    expect(source.blocks.map((b) => [b.page, b.kind, source.text.slice(b.start, b.end)])).toEqual([
      [1, 'heading', 'Concert hall attack: toll rises'],
      [
        1,
        'paragraph',
        'Gunmen attacked Crocus City Hall near Moscow on Friday evening. The attack killed at least 143 people, officials said on Saturday.',
      ],
      [
        1,
        'paragraph',
        'More than 500 people were injured in the attack, according to the regional health ministry, and the search of the building went on through the weekend as fire crews cleared the rubble.',
      ],
      [
        2,
        'paragraph',
        'Four suspects were detained in the Bryansk region on Saturday, the FSB said.',
      ],
      [3, 'paragraph', 'ISKP claimed responsibility for the attack.'],
    ]);
    expect(source.text).not.toContain('Daily Wire');
    expect(source.metadata).toEqual({
      title: 'Crocus report',
      author: 'Desk',
      capture: 'pdf-text',
      language: 'en',
      published: null,
      captured: '2024-04-01',
    });
  });

  it('reports progress per page', async () => {
    const progress: string[] = [];
    ok(await importPdf(await makePdf(PAGES), progress));
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('takes the first heading as title when the PDF has none, marked as assigned', async () => {
    const source = ok(await importPdf(await makePdf(PAGES)));
    expect(source.metadata).toMatchObject({
      title: 'Concert hall attack: toll rises',
      titleAssigned: true,
    });
  });

  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['a scanned PDF (no text layer)', makeScannedPdf, /no text layer.*does not do OCR/],
    [
      'a damaged PDF',
      () => Promise.resolve(new TextEncoder().encode('%PDF-1.7\n1 0 obj << garbage')),
      /report\.pdf (is damaged|could not be read)/,
    ],
    [
      'a truncated PDF',
      async () => (await makePdf(PAGES)).slice(0, 400),
      /report\.pdf (is damaged|could not be read|has no)/,
    ],
  ])('%s is a readable error', async (_name, make, message) => {
    const result = await importPdf(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

/** A pdf.js stand-in that fails the way pdf.js does. */
function failingPdfjs(error: Error, at: 'open' | 'page'): PdfjsLike {
  return {
    getDocument: () => ({
      promise:
        at === 'open'
          ? Promise.reject(error)
          : Promise.resolve({
              numPages: 2,
              getMetadata: () => Promise.resolve({ info: {} }),
              getPage: () => Promise.reject(error),
              destroy: () => Promise.resolve(),
            }),
      destroy: () => Promise.resolve(),
    }),
  };
}

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('extractPdfText errors', () => {
  it.each<[string, PdfjsLike, RegExp]>([
    [
      'an encrypted PDF',
      failingPdfjs(named('PasswordException', 'No password given'), 'open'),
      /x\.pdf is password-protected.*unprotected copy/,
    ],
    [
      'an invalid PDF',
      failingPdfjs(named('InvalidPDFException', 'Invalid PDF structure.'), 'open'),
      /x\.pdf is damaged or not really a PDF \(Invalid PDF structure\.\)/,
    ],
    [
      'a page that cannot be read',
      failingPdfjs(new Error('bad XRef entry'), 'page'),
      /x\.pdf: page 1 of 2 could not be read \(bad XRef entry\)/,
    ],
  ])('%s', async (_name, pdfjs, message) => {
    const result = await extractPdfText(pdfjs, new Uint8Array([1]), { name: 'x.pdf' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
