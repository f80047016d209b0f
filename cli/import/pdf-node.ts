import { extractPdfText, type PdfTextReader } from '../../core/import/pdf-text';

/**
 * The PDF text reader for Node (CLI, tests, bench): pdf.js's legacy build, which runs on Node 20
 * without a DOM. It is loaded on first use so commands on text files do not pay for it; in Node
 * pdf.js runs its worker code in the same thread ("fake worker"), which is fine for a CLI.
 */
export const readPdfTextNode: PdfTextReader = async (bytes, options) => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return extractPdfText(pdfjs, bytes, options);
};
