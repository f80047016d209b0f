/** Importers: every supported file (or pasted text) becomes a Source, or a readable error. */
export { importSourceFile, MAX_IMPORT_BYTES, type ImportFileInput } from './import-file';
export { sourceFromPastedText } from './paste';
export { sourceFromHtml, type ImportContext, type HtmlImportOptions } from './html';
export { sourceFromDocx } from './docx';
export { sourceFromPdfText } from './pdf';
export { layOutPdf } from './pdf-layout';
export {
  extractPdfText,
  type ImportProgress,
  type PdfText,
  type PdfTextReader,
  type PdfjsLike,
} from './pdf-text';
export type { PdfPageText, PdfTextItem } from './pdf-lines';
export { sniffFormat, type ImportFormat } from './sniff';
