import JSZip from 'jszip';
import { makeDocx } from './docx-fixtures';

/**
 * Zip shapes for the bounds tests, built in the test (no binary checked in). jszip is mammoth's
 * own dependency; DEFLATE makes repeated text shrink ~1000:1, which is what a zip bomb is.
 */

/** A .docx whose extra part `name` inflates to `size` bytes of one repeated letter. */
export async function docxWithPart(name: string, size: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx([{ text: 'The bridge reopened on Monday.' }]));
  zip.file(name, 'a'.repeat(size));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .docx with `count` extra parts of `size` bytes each. */
export async function docxWithParts(count: number, size: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx([{ text: 'The bridge reopened on Monday.' }]));
  const part = 'b'.repeat(size);
  for (let index = 0; index < count; index += 1) zip.file(`word/media/part${index}.xml`, part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Rewrites the sizes an archive declares for `name` (central directory and local header) to
 * `declared`, as a hostile zip does to slip a large part past a size check.
 */
export function declareSize(bytes: Uint8Array, name: string, declared: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  const matches = (at: number) => encoded.every((byte, index) => out[at + index] === byte);
  for (let at = 0; at + 46 < out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50 && matches(at + 46)) view.setUint32(at + 24, declared, true);
    if (signature === 0x04034b50 && matches(at + 30)) view.setUint32(at + 22, declared, true);
  }
  return out;
}
