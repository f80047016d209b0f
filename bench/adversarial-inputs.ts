/**
 * Generators of the adversarial input shapes of issue 15, at any size, for
 * bench/suites/importer-fuzz.bench.ts: HTML nesting and soups, zip inflation ratios, front
 * matter key counts and nesting, PDF text layers with many runs or pages. Each returns the
 * input for a target size in bytes (of the file an analyst would import), so the growth from
 * 100 KB to 1 MB can be measured. Sentences are my own.
 */
import { zipSync } from 'fflate';
import type { PdfText } from '../core/import/pdf-text';
import { makeDocx } from '../tests/core/import/docx-fixtures';

/** `unit` repeated whole to about `size` characters (whole, so a YAML line is never cut). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

/** HTML shapes: [name, html of `size` characters]. */
export const HTML_SHAPES: ReadonlyArray<readonly [string, (size: number) => string]> = [
  ['nested divs', (size) => `<body>${repeatTo('<div>', size)}</body>`],
  ['nested inline', (size) => `<body><p>${repeatTo('<b><i><u>', size)}</p></body>`],
  ['closed nesting', (size) => `<body>${repeatTo('<div><span>Rain.</span></div>', size)}</body>`],
  [
    'flat paragraphs',
    (size) => `<body>${repeatTo('<p>The tide turned at noon.</p>', size)}</body>`,
  ],
  ['attribute flood', (size) => `<body><div ${repeatTo('a="1" ', size)}>x</div></body>`],
  ['open brackets', (size) => `<body>${repeatTo('<', size)}</body>`],
  ['comment opens', (size) => `<body>${repeatTo('<!--<', size)}</body>`],
  ['entities', (size) => `<body><p>${repeatTo('&amp;&#x41;&nbsp;', size)}</p></body>`],
  ['table cells', (size) => `<body><table><tr>${repeatTo('<td>1', size)}</table></body>`],
];

const BOMB_ENTRY = new Uint8Array(256 * 1024).fill(0x61);

/**
 * A .docx-looking zip of about `size` compressed bytes made of entries that inflate about
 * 1,000 times (256 KB of one letter each): 100 KB inflates to ~100 MB, 1 MB to ~1 GB.
 */
export async function zipBomb(size: number): Promise<Uint8Array> {
  const base = await makeDocx([{ text: 'The bridge reopened on Monday.' }]);
  const perEntry = zipSync({ x: BOMB_ENTRY }, { level: 9 }).length;
  const entries: Record<string, Uint8Array> = {};
  const { unzipSync } = await import('fflate');
  for (const [name, data] of Object.entries(unzipSync(base))) entries[name] = data;
  for (let i = 0; i * perEntry < size; i += 1) entries[`word/media/part${i}.bin`] = BOMB_ENTRY;
  return zipSync(entries, { level: 9 });
}

/** A real .docx whose body is about `size` bytes of paragraphs. */
export function longDocx(size: number): Promise<Uint8Array> {
  const text = 'The council reopened 12 schools and 3 clinics on Monday.';
  const count = Math.ceil(size / (text.length + 60));
  return makeDocx(Array.from({ length: count }, (_, i) => ({ text: `${text} ${i}` })));
}

/** Front-matter shapes: [name, text file of `size` characters whose YAML is the shape]. */
export const FRONT_MATTER_SHAPES: ReadonlyArray<readonly [string, (size: number) => string]> = [
  ['block keys', (size) => `---\n${repeatTo('k: v\n', size)}---\nBody.`],
  ['flow keys', (size) => `---\n{${repeatTo('a: 1, ', size)}}\n---\nBody.`],
  ['list items', (size) => `---\ntags:\n${repeatTo('  - x\n', size)}---\nBody.`],
  ['flow nesting', (size) => `---\nx: ${repeatTo('[', size)}\n---\nBody.`],
  ['one long value', (size) => `---\ntitle: ${repeatTo('word ', size)}\n---\nBody.`],
  ['quoted escapes', (size) => `---\ntitle: "${repeatTo('\\u0041\\t', size)}"\n---\nBody.`],
  ['anchor run', (size) => `---\ntitle: ${repeatTo('&a ', size)}x\n---\nBody.`],
];

/** A PDF text layer of about `size` characters: one page of many runs, or many small pages. */
export const PDF_SHAPES: ReadonlyArray<readonly [string, (size: number) => PdfText]> = [
  [
    'runs on one line',
    (size) => ({
      info: {},
      pages: [
        {
          items: Array.from({ length: Math.ceil(size / 5) }, (_, i) => ({
            str: 'word',
            x: 50 + i * 0.01,
            y: 700,
            width: 20,
            size: 10,
          })),
        },
      ],
    }),
  ],
  [
    'lines on one page',
    (size) => ({
      info: {},
      pages: [
        {
          items: Array.from({ length: Math.ceil(size / 40) }, (_, i) => ({
            str: `The river rose ${i % 97} cm overnight.`,
            x: 50,
            y: 800 - i * 0.01,
            width: 200,
            size: 10,
            hasEOL: true,
          })),
        },
      ],
    }),
  ],
  [
    'many pages',
    (size) => ({
      info: {},
      pages: Array.from({ length: Math.ceil(size / 400) }, (_, p) => ({
        items: Array.from({ length: 10 }, (_, i) => ({
          str: `Page ${p} line ${i} of the report on the flood.`,
          x: 50,
          y: 700 - i * 14,
          width: 300,
          size: 10,
          hasEOL: true,
        })),
      })),
    }),
  ],
];
