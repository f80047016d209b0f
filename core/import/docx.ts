import mammoth from 'mammoth';
import { fail, type Result } from '../model/result';
import type { Source } from '../model/source';
import { sourceFromHtml, type ImportContext } from './html';

/** Images are left out without being read: they are not text, and inlining them costs memory. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Imports a Word (.docx) file: mammoth turns its paragraphs, headings and lists into plain HTML
 * (styles dropped, linked files never opened), then the HTML importer makes the blocks, so a
 * heading in Word is a heading here. mammoth and its zip reader are plain JavaScript and run the
 * same in Node and the browser (the web build uses mammoth's browser entry). Trade-off: the
 * document's own properties (title, author in docProps/core.xml) are not read, so the title is
 * the first heading or line; tracked changes are read as the accepted text. Never throws.
 */
export async function sourceFromDocx(
  bytes: Uint8Array,
  options: ImportContext,
): Promise<Result<Source>> {
  const name = options.name ?? options.path ?? options.id;
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
