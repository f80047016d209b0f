import { describe, expect, it } from 'vitest';
import { buildExport } from '../../core/io/export-json';
import { buildW3c } from '../../core/io/w3c';
import { readClaimsFile } from '../../renderer/exports/formats';
import { NOW, sampleProject } from '../core/io/fixtures';

// Import JSON with the wrong file: the message is short, readable (no raw bytes) and names
// the first three problems of a wrong-shaped file with a count of the rest.

/** Bytes as the browser hands a picked file's text over: decoded as UTF-8, whatever they are. */
const asText = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes));
const noise = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => (i * seed + 7) % 256);
const PNG = asText([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0,
  0,
  0,
  0x0d,
  ...noise(400, 37),
]);
const ZIP = asText([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...noise(400, 53)]);
const HIGH_BYTES = asText(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 0x7f)));

function exportWith(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(JSON.stringify(buildExport(sampleProject(), NOW))) as Record<
    string,
    unknown
  >;
  change(doc);
  return JSON.stringify(doc);
}

function w3cWith(change: (items: Record<string, unknown>[]) => void): string {
  const doc = JSON.parse(JSON.stringify(buildW3c(sampleProject(), [], NOW))) as {
    first: { items: Record<string, unknown>[] };
  };
  change(doc.first.items);
  return JSON.stringify(doc);
}

const claimsOf = (doc: Record<string, unknown>) => doc.claims as Record<string, unknown>[];

function errorOf(text: string): string {
  const result = readClaimsFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

describe('Import JSON: a wrong file gets a short readable message', () => {
  it.each([
    ['a PNG image', PNG],
    ['a ZIP archive', ZIP],
    ['bytes that are no UTF-8 text', HIGH_BYTES],
  ])('%s is named binary, with none of its bytes', (_name, text) => {
    const error = errorOf(text);
    expect(error).toBe(
      "This is not an export file: it holds binary data (an image, an archive or another program's file), not JSON text. Choose the .json file Corroborate saved.",
    );
  });

  it.each<[string, string, RegExp]>([
    [
      'one wrong field',
      exportWith((doc) => {
        doc.exportedAt = 3;
      }),
      /^The export file is damaged: exportedAt: [^;]+\. Fix that field and import again\.$/,
    ],
    [
      'three claims without an id, and groups that are not a list',
      exportWith((doc) => {
        claimsOf(doc).forEach((claim) => delete claim.id);
        doc.groups = 'none';
      }),
      /^The export file is damaged: claims\[0\]\.id: [^;]+; claims\[1\]\.id: [^;]+; claims\[2\]\.id: [^;]+; and 1 more problem\. Fix those fields and import again\.$/,
    ],
    [
      'a W3C export whose annotations lost their targets',
      w3cWith((items) => items.forEach((item) => delete item.target)),
      /^The W3C export is damaged: first\.items\[0\]\.target: [^;]+; first\.items\[1\]\.target: [^;]+; first\.items\[2\]\.target: [^;]+; and \d+ more problems?\. Fix those fields and import again\.$/,
    ],
  ])('%s: the first three problems and a count', (_name, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('keeps every message short and printable', () => {
    const texts = [
      PNG,
      ZIP,
      HIGH_BYTES,
      exportWith((doc) => claimsOf(doc).forEach((claim) => delete claim.id)),
    ];
    for (const text of texts) {
      const error = errorOf(text);
      expect(error.length).toBeLessThan(400);
      // eslint-disable-next-line no-control-regex -- control characters are what must not appear
      expect(error).not.toMatch(/[\u0000-\u001f\u007f\ufffd]/);
    }
  });
});
