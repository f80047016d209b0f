import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export { makeDocx } from './docx-fixtures';

/**
 * Test fixtures built in the test itself, so no binary file is checked in.
 * jszip is mammoth's own dependency (transitive, not in package.json); tests may use it.
 */

export interface PdfLineSpec {
  text: string;
  /** Font size; 11 by default. */
  size?: number;
  /** Extra space before the line, in points (a paragraph gap). */
  gapBefore?: number;
}

export interface PdfPageSpec {
  lines: PdfLineSpec[];
  header?: string;
  /** The page number drawn in the footer (omitted when undefined). */
  footer?: string;
}

/** A PDF with real text (Helvetica), one line per spec line, header at the top, footer at the bottom. */
export async function makePdf(
  pages: PdfPageSpec[],
  info: { title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = doc.addPage([420, 595]);
    if (spec.header) page.drawText(spec.header, { x: 50, y: 560, size: 9, font });
    let y = 520;
    for (const line of spec.lines) {
      const size = line.size ?? 11;
      y -= line.gapBefore ?? 0;
      page.drawText(line.text, { x: 50, y, size, font });
      y -= size * 1.3;
    }
    if (spec.footer) page.drawText(spec.footer, { x: 205, y: 30, size: 9, font });
  }
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  return doc.save();
}

/** An image-only PDF: a page with a drawn rectangle and no text layer, like a scan. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([420, 595]);
  page.drawRectangle({ x: 50, y: 50, width: 300, height: 400 });
  return doc.save();
}

/** A zip that is not a Word document (no word/document.xml). */
export async function makeZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('hello.txt', 'hello');
  return zip.generateAsync({ type: 'uint8array' });
}
