import { importSourceFile, type ImportFileInput } from '../../core/import/import-file';
import { extractPdfText, type PdfTextReader } from '../../core/import/pdf-text';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
// Vite copies the worker into the build as its own file and gives its URL: a same-origin module
// script, which the app's CSP ("script-src 'self'") allows in the web build and from file://.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type Pdfjs = typeof PdfjsModule;
let loading: Promise<Pdfjs> | null = null;

/**
 * Loads pdf.js once, on the first PDF import (it is large, so it stays out of the main bundle),
 * and points it at the bundled worker. The legacy build is used, as in Node, so browsers without
 * the newest built-ins still work. If the worker cannot start, pdf.js itself falls back to
 * running the same worker module on the main thread (loaded with import() from the same URL,
 * still 'self'); text extraction is then slower but works.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}

/** The PDF text reader for the renderer (web build and Electron window). */
export const readPdfTextInBrowser: PdfTextReader = async (bytes, options) => {
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    loading = null;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `${options.name}: the PDF reader could not be loaded (${message}). Reload the page and retry.`,
    };
  }
  return extractPdfText(pdfjs, bytes, options);
};

/** `importSourceFile` with the browser's PDF reader: what the UI calls for a picked file. */
export function importSourceFileInBrowser(
  input: Omit<ImportFileInput, 'readPdf'>,
): Promise<Result<Source>> {
  return importSourceFile({ ...input, readPdf: readPdfTextInBrowser });
}
