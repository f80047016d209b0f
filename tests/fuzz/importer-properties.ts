/**
 * Fuzz properties that reach the importers where the adversarial inputs of issue 15 broke them:
 * HTML nesting, zip inflation ratios (honest and lying), front-matter key counts. Each property
 * checks the outcome against a model of the cap (refused exactly when past it, with the cap in
 * the message), and that nothing throws. Async because the .docx path is.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { sourceFromDocx } from '../../core/import/docx';
import { sourceFromHtml } from '../../core/import/html';
import { IMPORT_LIMITS } from '../../core/io/import-limits';
import { checkZipBounds } from '../../core/import/zip-bounds';
import { readZipDirectory } from '../../core/import/zip-directory';
import { splitFrontMatter } from '../../core/io/front-matter';
import type { Result } from '../../core/model/result';
import { declareSize } from '../core/import/zip-fixtures';

export interface AsyncFuzzProperty {
  name: string;
  run: (numRuns: number, seed?: number) => Promise<void>;
}

const context = { id: 'fuzz', now: '2024-05-01T00:00:00.000Z', name: 'fuzz.html' };

function fail(message: string): never {
  throw new Error(message);
}

/** A result must be a value or a readable error; a refusal must name the cap it hit. */
function checkRefusal(result: Result<unknown>, refused: boolean, cap: RegExp): void {
  if (!result.ok && (typeof result.error !== 'string' || !result.error)) fail('unreadable error');
  if (refused && result.ok) fail('past the cap but accepted');
  if (refused && !result.ok && !cap.test(result.error)) fail(`cap not named: ${result.error}`);
  if (!refused && !result.ok && cap.test(result.error))
    fail(`refused under the cap: ${result.error}`);
}

/** Elements that always nest (never closed implicitly by a sibling), so depth is what we wrote. */
const NESTING = ['div', 'span', 'b', 'section', 'em', 'blockquote'] as const;

const nestedHtml = fc.record({
  depth: fc.oneof(
    fc.nat({ max: 1_200 }),
    fc.integer({ min: 990, max: 1_010 }),
    fc.nat({ max: 5_000 }),
  ),
  tags: fc.array(fc.constantFrom(...NESTING), { minLength: 1, maxLength: 4 }),
  closed: fc.boolean(),
  siblings: fc.nat({ max: 3 }),
});

const tokenSoup = fc
  .array(
    fc.constantFrom(
      '<div>',
      '</div>',
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<br>',
      '<li>',
      '<table><tr><td>',
      '</td>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&amp;',
      '&#0;',
      'Rain fell. ',
      '<h1>',
      '</h1>',
      '<',
      '>',
    ),
    { maxLength: 4_000 },
  )
  .map((tokens) => tokens.join(''));

const limits = { zipEntries: 20, zipEntryBytes: 64 * 1024, zipTotalBytes: 160 * 1024 };
/** A zip part: its size, how well it compresses, and whether the directory lies about it. */
const zipPart = fc.record({
  size: fc.oneof(fc.nat({ max: 2_000 }), fc.nat({ max: 100 * 1024 })),
  repetitive: fc.boolean(),
  declaredShare: fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { freq: 3 }),
});

async function zipOf(parts: { size: number; repetitive: boolean; declaredShare: number | null }[]) {
  const zip = new JSZip();
  parts.forEach((part, index) => {
    const bytes = new Uint8Array(part.size);
    if (part.repetitive) bytes.fill(0x61);
    else for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 2654435761) >>> 24;
    zip.file(`part${index}.xml`, bytes);
  });
  let out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  parts.forEach((part, index) => {
    if (part.declaredShare !== null && part.size > 0)
      out = declareSize(out, `part${index}.xml`, Math.floor(part.size * part.declaredShare));
  });
  return out;
}

const frontMatter = fc.record({
  keys: fc.oneof(fc.nat({ max: 3_000 }), fc.integer({ min: 990, max: 1_010 })),
  style: fc.constantFrom('block', 'flow', 'bare-flow', 'list'),
});

function frontMatterText({ keys, style }: { keys: number; style: string }): string {
  const names = Array.from({ length: keys }, (_, i) => `field${i}`);
  const yaml =
    style === 'block'
      ? names.map((name) => `${name}: the value`).join('\n')
      : style === 'flow'
        ? `{${names.map((name) => `${name}: 1`).join(', ')}}`
        : style === 'bare-flow'
          ? `{${names.join(',')}}`
          : `headings:\n${names.map((name) => `  - ${name}`).join('\n')}`;
  return `---\n${yaml}\n---\nThe body of the file.`;
}

/** How many entries the front matter's YAML has at most, by the same rule as its gate. */
function entriesOf({ keys, style }: { keys: number; style: string }): number {
  return style === 'list' ? keys + 1 : keys + (style === 'block' ? 0 : 1);
}

export const IMPORTER_PROPERTIES: AsyncFuzzProperty[] = [
  {
    name: 'sourceFromHtml: nesting is refused exactly past the depth cap, never throws',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(nestedHtml, async ({ depth, tags, closed, siblings }) => {
          const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`);
          const close = closed ? [...open].reverse().map((tag) => tag.replace('<', '</')) : [];
          const inner = `${open.join('')}The tide turned at noon.${close.join('')}`;
          const html = `<body>${inner}${'<div>A dry note.</div>'.repeat(siblings)}</body>`;
          // <body> is one level, the text sits inside `depth` more, and when they are left open
          // the sibling divs sit inside the deepest one.
          const deepest = 1 + depth + (!closed && siblings > 0 ? 1 : 0);
          const refused = deepest > IMPORT_LIMITS.htmlDepth;
          checkRefusal(sourceFromHtml(html, context), refused, /the limit is 1,000/);
          return Promise.resolve();
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
  {
    name: 'sourceFromHtml: any tag soup is a source or a readable error',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(tokenSoup, (html) => {
          const result = sourceFromHtml(html, context);
          if (!result.ok && !result.error) fail('unreadable error');
          if (result.ok && /\n{3,}/.test(result.value.text)) fail('blank paragraphs in the text');
          return Promise.resolve();
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
  {
    name: 'checkZipBounds: refused exactly when a part or the total passes its cap, or a part lies',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(fc.array(zipPart, { minLength: 1, maxLength: 8 }), async (parts) => {
          const bytes = await zipOf(parts);
          const directory = readZipDirectory(bytes);
          if (!directory.ok) fail(directory.error);
          const declared = parts.map((p) =>
            p.declaredShare !== null && p.size > 0 ? Math.floor(p.size * p.declaredShare) : p.size,
          );
          const lies = parts.some((p, i) => p.size > (declared[i] ?? 0));
          const overPart = declared.some((size) => size > limits.zipEntryBytes);
          const overTotal = declared.reduce((sum, size) => sum + size, 0) > limits.zipTotalBytes;
          const result = checkZipBounds(bytes, directory.value, limits);
          checkRefusal(result, lies || overPart || overTotal, /limit is|declares \(a zip bomb\)/);
          if (!result.ok && !lies && !overPart && !/in all/.test(result.error)) fail(result.error);
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
  {
    name: 'sourceFromDocx: any zip of parts is a source or a readable error',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(fc.array(zipPart, { maxLength: 4 }), async (parts) => {
          const result = await sourceFromDocx(await zipOf(parts), { ...context, name: 'f.docx' });
          if (!result.ok && !result.error.startsWith('f.docx ')) fail(result.error);
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
  {
    name: 'splitFrontMatter: key counts past the cap are refused with the cap, others parsed',
    run: (numRuns, seed) =>
      fc.assert(
        fc.asyncProperty(frontMatter, (shape) => {
          const result = splitFrontMatter(frontMatterText(shape));
          checkRefusal(
            result,
            entriesOf(shape) > IMPORT_LIMITS.frontMatterKeys,
            /the limit is 1,000/,
          );
          if (
            result.ok &&
            shape.style !== 'list' &&
            Object.keys(result.value.data).length !== shape.keys
          )
            fail(`expected ${shape.keys} keys, got ${Object.keys(result.value.data).length}`);
          return Promise.resolve();
        }),
        { numRuns, ...(seed === undefined ? {} : { seed }) },
      ),
  },
];
