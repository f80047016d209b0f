import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

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

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A minimal valid .docx: paragraphs, optionally styled as headings (Heading1...). */
export async function makeDocx(
  paragraphs: { text: string; style?: string }[],
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs
    .map(
      (p) =>
        `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`,
    )
    .join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A zip that is not a Word document (no word/document.xml). */
export async function makeZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('hello.txt', 'hello');
  return zip.generateAsync({ type: 'uint8array' });
}
