/**
 * Fuzz properties for the PDF importer (issue 15 item 12: the fuzz suite never reached it):
 * any text layer pdf.js could hand over (strings of every kind, coordinates and sizes that are
 * zero, negative, huge or not numbers) becomes a source or a readable error; the page cap is
 * enforced exactly, before any page is read, and the document is always destroyed, whatever a
 * page does. pdf.js itself is replaced by a structural fake: its parser is not ours to fuzz,
 * what we build on its output is.
 */
import fc from 'fast-check';
import { sourceFromPdfText } from '../../core/import/pdf';
import type { PdfjsLike } from '../../core/import/pdf-text';
import { extractPdfText } from '../../core/import/pdf-text';
import type { AsyncFuzzProperty } from './importer-properties';
import { anyString } from './properties';

const context = { id: 'fuzz', now: '2024-05-01T00:00:00.000Z', name: 'fuzz.pdf' };

function fail(message: string): never {
  throw new Error(message);
}

/** Numbers a damaged or odd PDF can give a text run: any double, NaN and infinities included. */
const coordinate = fc.oneof(
  fc.double(),
  fc.integer({ min: -2_000, max: 2_000 }),
  fc.constantFrom(0, -0, Number.NaN, Infinity),
);

const item = fc.record({
  str: fc.oneof(anyString, fc.constantFrom('', ' ', '12', 'Page 3', '\u00ad', 'Report\n')),
  x: coordinate,
  y: coordinate,
  width: coordinate,
  size: coordinate,
  hasEOL: fc.boolean(),
});
const page = fc.record({ items: fc.array(item, { maxLength: 40 }) });
const info = fc.record(
  { title: anyString, author: anyString, language: anyString },
  { requiredKeys: [] },
);

/** A fake pdf.js document: `pages` pages, of which `broken` throw; records what was read. */
function fakePdfjs(
  pages: number,
  broken: ReadonlySet<number>,
  seen: { read: number; destroyed: boolean },
): PdfjsLike {
  return {
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: pages,
        getPage: (n: number) => {
          seen.read += 1;
          if (broken.has(n)) return Promise.reject(new Error(`bad object on page ${n}`));
          return Promise.resolve({
            getTextContent: () =>
              Promise.resolve({
                items: [
                  { str: `Line ${n}`, transform: [10, 0, 0, 10, 50, 700], width: 40, hasEOL: true },
                ],
              }),
            cleanup: () => undefined,
          });
        },
        getMetadata: () => Promise.resolve({ info: { Title: 'Fuzz' } }),
        destroy: () => Promise.resolve(),
      }),
      destroy: () => {
        seen.destroyed = true;
        return Promise.resolve();
      },
    }),
  };
}

export const PDF_PROPERTIES: AsyncFuzzProperty[] = [
  {
    name: 'sourceFromPdfText: any text layer is a source or a readable error, never throws',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(fc.array(page, { maxLength: 6 }), info, (pages, pdfInfo) => {
          const result = sourceFromPdfText({ pages, info: pdfInfo }, context);
          if (!result.ok && !result.error.startsWith('fuzz.pdf ')) fail(result.error);
          if (
            result.ok &&
            result.value.blocks.some((b) => b.start > b.end || b.end > result.value.text.length)
          )
            fail('a block outside the text');
          return Promise.resolve();
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
  {
    name: 'extractPdfText: the page cap holds before any page is read; always destroyed',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 1, max: 40 }),
          fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
          async (pages, maxPages, brokenPages) => {
            const seen = { read: 0, destroyed: false };
            const broken = new Set(brokenPages);
            const result = await extractPdfText(fakePdfjs(pages, broken, seen), new Uint8Array(8), {
              name: 'fuzz.pdf',
              maxPages,
            });
            if (!seen.destroyed) fail('document not destroyed');
            if (pages > maxPages) {
              if (result.ok || !result.error.includes(`the limit is ${maxPages} pages`))
                fail('past the page cap but not refused with the cap');
              if (seen.read > 0) fail('pages read before the cap was checked');
              return;
            }
            const firstBroken = [...broken].filter((n) => n <= pages).sort((a, b) => a - b)[0];
            if (firstBroken !== undefined) {
              if (result.ok || !result.error.includes(`page ${firstBroken} of ${pages}`))
                fail(`broken page ${firstBroken} not reported`);
            } else if (!result.ok || result.value.pages.length !== pages) fail('pages lost');
          },
        ),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
];
