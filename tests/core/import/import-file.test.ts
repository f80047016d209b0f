import { describe, expect, it } from 'vitest';
import { importSourceFile, MAX_IMPORT_BYTES } from '../../../core/import/import-file';
import { sourceFromPastedText } from '../../../core/import/paste';
import type { PdfTextReader } from '../../../core/import/pdf-text';
import { makeDocx, makePdf, makeZip } from './fixtures';

const NOW = '2024-04-01T10:00:00.000Z';
const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...values: number[]) => new Uint8Array([...values, ...text(' some more bytes')]);

/** A PDF reader that never parses: it proves the dispatcher routed the file to it. */
const fakePdf: PdfTextReader = (_bytes, { onProgress }) => {
  onProgress?.(1, 1);
  return Promise.resolve({
    ok: true,
    value: {
      pages: [{ items: [{ str: 'Text of the PDF.', x: 50, y: 700, width: 80, size: 10 }] }],
      info: {},
    },
  });
};

async function run(name: string, content: Uint8Array) {
  return importSourceFile({ name, bytes: content, now: NOW, readPdf: fakePdf });
}

describe('importSourceFile: chooses the importer', () => {
  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array, string, string]>([
    ['plain text', 'notes.txt', () => text('Line one.\nLine two.'), 'plain-text', 'Line one.'],
    ['no extension', 'notes', () => text('Line one.'), 'plain-text', 'Line one.'],
    ['markdown front matter', 'a.md', () => text('---\ntitle: T\n---\nBody.'), 'markdown', 'T'],
    ['HTML', 'page.HTML', () => text('<title>Page</title><p>Body.</p>'), 'html', 'Page'],
    ['HTML as .htm', 'page.htm', () => text('<h1>Head</h1><p>Body.</p>'), 'html', 'Head'],
    [
      'PDF by its magic bytes',
      'paper.pdf',
      () => text('%PDF-1.7 ...'),
      'pdf-text',
      'Text of the PDF.',
    ],
    [
      'PDF with no extension',
      'download',
      () => text('%PDF-1.4 ...'),
      'pdf-text',
      'Text of the PDF.',
    ],
    ['Word', 'memo.docx', () => makeDocx([{ text: 'Memo text.' }]), 'docx', 'Memo text.'],
    [
      'UTF-16 text with BOM',
      'u.txt',
      () => new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]),
      'plain-text',
      'Hi',
    ],
    [
      'Windows-1252 text',
      'w.txt',
      () => new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'plain-text',
      'Café',
    ],
  ])('%s', async (_name, name, make, capture, title) => {
    const result = await run(name, await make());
    if (!result.ok) throw new Error(result.error);
    expect(result.value.metadata).toMatchObject({ capture, title });
    expect(result.value).not.toHaveProperty('path');
  });

  it('uses the base name as id and keeps a given path', async () => {
    const result = await importSourceFile({
      name: '/data/in/Report 7.txt',
      path: '/data/in/Report 7.txt',
      bytes: text('Body.'),
      now: NOW,
    });
    expect(result.ok && [result.value.id, result.value.path]).toEqual([
      'Report 7',
      '/data/in/Report 7.txt',
    ]);
  });

  it('reports progress once for a file without pages', async () => {
    const calls: string[] = [];
    await importSourceFile({
      name: 'a.txt',
      bytes: text('Body.'),
      now: NOW,
      onProgress: (done, total) => calls.push(`${done}/${total}`),
    });
    expect(calls).toEqual(['1/1']);
  });
});

describe('importSourceFile: refuses with a reason', () => {
  const SUPPORTED = 'Corroborate imports .txt, .md, .html, .pdf and .docx';
  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array, string]>([
    [
      'a program',
      'x.exe',
      () => bytes(0x4d, 0x5a, 0x90, 0),
      `x.exe is not a supported file (it is a Windows program): ${SUPPORTED}.`,
    ],
    [
      'an unknown extension',
      'data.csv',
      () => text('a,b\n1,2'),
      `data.csv is not a supported file: ${SUPPORTED}.`,
    ],
    [
      'an image',
      'scan.png',
      () => bytes(0x89, 0x50, 0x4e, 0x47),
      'scan.png is not a supported file (it is a PNG image; Corroborate does not do OCR)',
    ],
    ['an old Word file', 'old.doc', () => bytes(0xd0, 0xcf, 0x11, 0xe0), 'save it as .docx'],
    ['a zip archive', 'bundle.zip', makeZip, 'a zip archive; unpack it first'],
    ['a spreadsheet', 'sheet.xlsx', makeZip, 'a zip-based file, not a Word .docx'],
    [
      'a .pdf that is not a PDF',
      'fake.pdf',
      () => text('<html>Not found</html>'),
      'fake.pdf is not a PDF: it does not start with "%PDF"',
    ],
    [
      'a .docx that is not a zip',
      'fake.docx',
      () => text('hello'),
      'fake.docx is not a Word .docx file',
    ],
    [
      'a PDF named .html',
      'page.html',
      () => makePdf([{ lines: [{ text: 'x' }] }]),
      'a PDF named otherwise; rename it .pdf',
    ],
    [
      'binary content named .txt',
      'bin.txt',
      () => bytes(0, 1, 2, 3, 0, 0),
      'bin.txt looks like a binary file, not text',
    ],
    ['an empty file', 'empty.txt', () => new Uint8Array(0), 'empty.txt is empty (0 bytes)'],
    [
      'a text file with only blanks',
      'blank.txt',
      () => text('\n  \n'),
      'blank.txt has no text to read',
    ],
  ])('%s', async (_name, name, make, message) => {
    const result = await run(name, await make());
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it(`refuses files over ${MAX_IMPORT_BYTES / 1048576} MB before reading them`, async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const result = await run('huge.pdf', big);
    expect(result.ok ? '' : result.error).toContain(
      'huge.pdf is 50.0 MB; the import limit is 50 MB',
    );
  });

  it('refuses a PDF when the runtime gives no PDF reader', async () => {
    const result = await importSourceFile({ name: 'a.pdf', bytes: text('%PDF-1.7'), now: NOW });
    expect(result.ok ? '' : result.error).toContain('PDF import is not available');
  });
});

describe('sourceFromPastedText', () => {
  it.each<[string, string, string[]]>([
    [
      'one paragraph per line',
      'Headline\nFirst paragraph.\n\nSecond.',
      ['Headline', 'First paragraph.', 'Second.'],
    ],
    [
      'hard-wrapped text copied from a PDF',
      'The attack killed at\nleast 143 people, officials\nsaid on Saturday.\n\nMore than 500 were\ninjured in the attack on\nthe concert hall.',
      [
        'The attack killed at least 143 people, officials said on Saturday.',
        'More than 500 were injured in the attack on the concert hall.',
      ],
    ],
    [
      'a leading "---" is text, not front matter (short lines read as wrapped)',
      '---\ntitle: x\n---\nBody',
      ['--- title: x --- Body'],
    ],
  ])('%s', (_name, pasted, expected) => {
    const result = sourceFromPastedText(pasted, { id: 'paste-1', now: NOW });
    if (!result.ok) throw new Error(result.error);
    const { text: body, blocks } = result.value;
    expect(blocks.map((b) => body.slice(b.start, b.end))).toEqual(expected);
  });

  it('has pasted metadata with an assigned title', () => {
    const result = sourceFromPastedText('Toll rises\nBody.', { id: 'paste-1', now: NOW });
    expect(result.ok && result.value.metadata).toEqual({
      title: 'Toll rises',
      titleAssigned: true,
      capture: 'pasted',
      language: 'en',
      published: null,
      captured: '2024-04-01',
    });
  });

  it.each([
    ['empty', '  \n\n ', /pasted text is empty/],
    ['binary', 'a\u0000b', /not text/],
  ])('refuses %s content', (_name, pasted, message) => {
    const result = sourceFromPastedText(pasted, { id: 'p', now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
