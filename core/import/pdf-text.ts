import { fail, ok, type Result } from '../model/result';
import { countText, IMPORT_LIMITS } from '../io/import-limits';
import type { PdfPageText, PdfTextItem } from './pdf-lines';

/** A PDF's text layer and document info, as the runtime's pdf.js read it. */
export interface PdfText {
  pages: PdfPageText[];
  /** The document information dictionary (Title, Author, Language...), when present. */
  info: { title?: string; author?: string; language?: string };
}

/** How a PDF is read: its name for messages, a progress callback, and the page cap. */
export interface PdfReadOptions {
  name: string;
  onProgress?: ImportProgress;
  /** Most pages read; a longer PDF is refused before any page is read (IMPORT_LIMITS.pdfPages). */
  maxPages?: number;
}

/** Reports progress: `done` of `total` pages read. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * Reads a PDF's text layer. Each runtime supplies one (cli/import/pdf-node.ts,
 * renderer/import/pdf-browser.ts); both end in `extractPdfText` with their own pdf.js.
 */
export type PdfTextReader = (
  bytes: Uint8Array,
  options: { name: string; onProgress?: ImportProgress },
) => Promise<Result<PdfText>>;

/** The few pdf.js calls used, typed structurally so core never imports pdf.js itself. */
export interface PdfjsLike {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    enableXfa: boolean;
    verbosity: number;
    stopAtErrors: boolean;
  }): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}

interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
  getMetadata(): Promise<{ info: object }>;
  destroy(): Promise<void>;
}

interface PdfjsPage {
  getTextContent(): Promise<{ items: object[] }>;
  cleanup(): unknown;
}

interface PdfjsItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

function isTextItem(item: object): item is PdfjsItem {
  return 'str' in item && 'transform' in item;
}

/** A pdf.js text item in layout terms: origin, advance and font size from its matrix. */
function toItem(item: PdfjsItem): PdfTextItem {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  return {
    str: item.str,
    x,
    y,
    width: item.width,
    size: Math.hypot(c, d) || Math.hypot(a, b),
    hasEOL: item.hasEOL,
  };
}

function infoString(info: object, key: string): string | undefined {
  const value = (info as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** What went wrong opening a PDF, said so the analyst knows what to do next. */
function openError(name: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (kind === 'PasswordException') {
    return `${name} is password-protected. Open it in a PDF reader, save or print an unprotected copy, and import that.`;
  }
  if (kind === 'InvalidPDFException') {
    return `${name} is damaged or not really a PDF (${message}). Download it again, or open it in a PDF reader and print it to a new PDF.`;
  }
  return `${name} could not be read as a PDF (${message}). It may be damaged or use features Corroborate does not read; print it to a new PDF and retry.`;
}

/**
 * Reads every page's text layer with the given pdf.js, page by page, reporting progress. The
 * options keep pdf.js inert: no eval, no font loading, no system fonts, no XFA forms, and no URL
 * is given, so nothing is fetched; text extraction needs none of it. The bytes are copied first
 * because pdf.js may transfer (detach) the buffer to its worker. Never throws: a password, a
 * damaged file or a page that fails comes back as a readable error, and the document is always
 * destroyed; a PDF with more pages than the cap is refused before its first page is read.
 * Trade-off: pages are read one after another (progress is honest, memory stays flat)
 * rather than all at once.
 */
export async function extractPdfText(
  pdfjs: PdfjsLike,
  bytes: Uint8Array,
  { maxPages = IMPORT_LIMITS.pdfPages, ...options }: PdfReadOptions,
): Promise<Result<PdfText>> {
  let task: ReturnType<PdfjsLike['getDocument']>;
  let pdfDoc: PdfjsDocument;
  try {
    task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      verbosity: 0,
      stopAtErrors: false,
    });
    pdfDoc = await task.promise;
  } catch (error) {
    return fail(openError(options.name, error));
  }
  try {
    const info = (await pdfDoc.getMetadata().catch(() => ({ info: {} }))).info;
    const pages: PdfPageText[] = [];
    const total = pdfDoc.numPages;
    if (total > maxPages) {
      return fail(
        `${options.name} has ${countText(total)} pages; the limit is ${countText(maxPages)} pages. Print the pages you need to a new PDF and import that.`,
      );
    }
    for (let number = 1; number <= total; number += 1) {
      try {
        const page = await pdfDoc.getPage(number);
        const content = await page.getTextContent();
        pages.push({ items: content.items.filter(isTextItem).map(toItem) });
        page.cleanup();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return fail(
          `${options.name}: page ${number} of ${total} could not be read (${message}). The file may be damaged; print it to a new PDF and retry.`,
        );
      }
      options.onProgress?.(number, total);
    }
    const out: PdfText = { pages, info: {} };
    const title = infoString(info, 'Title');
    const author = infoString(info, 'Author');
    const language = infoString(info, 'Language');
    if (title) out.info.title = title;
    if (author) out.info.author = author;
    if (language) out.info.language = language;
    return ok(out);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
