import mammoth from 'mammoth';
import { fail, type Result } from '../model/result';
import type { Source } from '../model/source';
import { sourceFromHtml, type ImportContext } from './html';
import { checkZipBounds } from './zip-bounds';
import { readZipDirectory } from './zip-directory';

/** Images are left out without being read: they are not text, and inlining them costs memory. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Imports a Word (.docx) file: mammoth turns its paragraphs, headings and lists into plain HTML
 * (styles dropped, linked files never opened), then the HTML importer makes the blocks, so a
 * heading in Word is a heading here. mammoth and its zip reader are plain JavaScript and run the
 * same in Node and the browser (the web build uses mammoth's browser entry). Trade-off: the
 * document's own properties (title, author in docProps/core.xml) are not read, so the title is
 * the first heading or line; tracked changes are read as the accepted text. The zip is checked
 * against the inflated-size caps (see checkZipBounds) before mammoth sees it, so a zip bomb is
 * refused with the cap named instead of exhausting memory. Never throws.
 */
export async function sourceFromDocx(
  bytes: Uint8Array,
  options: ImportContext,
): Promise<Result<Source>> {
  const name = options.name ?? options.path ?? options.id;
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    return fail(
      `${name} is not a readable Word document (${directory.error}). Open it in Word or LibreOffice, save it again as .docx, and retry.`,
    );
  }
  const bounded = checkZipBounds(bytes, directory.value);
  if (!bounded.ok) {
    return fail(
      `${name} was not imported: ${bounded.error}. Open it in Word or LibreOffice, save only the article as a new .docx, and retry.`,
    );
  }
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let html: string;
  try {
    // Node's entry reads `buffer`, the browser's `arrayBuffer`; the zip reader takes either.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<
      typeof mammoth.convertToHtml
    >[0];
    const converted = await mammoth.convertToHtml(input, {
      convertImage: skipImages,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    });
    html = converted.value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(
      `${name} is not a readable Word document (${message}). Open it in Word or LibreOffice, save it again as .docx, and retry.`,
    );
  }
  return sourceFromHtml(html, { ...options, capture: 'docx' });
}
