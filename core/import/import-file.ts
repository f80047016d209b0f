import { looksBinary, parseSourceFile } from '../io/source-file';
import { fail, type Result } from '../model/result';
import type { Source } from '../model/source';
import { sourceFromDocx } from './docx';
import { sourceFromHtml } from './html';
import { baseName, idFromName } from './names';
import { sourceFromPdfText } from './pdf';
import type { ImportProgress, PdfTextReader } from './pdf-text';
import { sniffFormat } from './sniff';
import { decodeText } from './text-decode';

/** Largest file imported, in bytes (50 MB): far above any article, below what strains memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportFileInput {
  /** File name (a path is fine); its extension helps decide the format, its base name the id. */
  name: string;
  bytes: Uint8Array;
  /** ISO 8601 time of the import: its day becomes `captured` for HTML, PDF and Word files. */
  now: string;
  /** Source id; defaults to the file name without extension. */
  id?: string;
  /** Stored as `Source.path` when given (the CLI and desktop app know it; the browser does not). */
  path?: string;
  /** Called after each PDF page (done, total), and once (1, 1) for other formats. */
  onProgress?: ImportProgress;
  /** The runtime's PDF text reader; without one, PDFs are refused with a clear message. */
  readPdf?: PdfTextReader;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * Imports any supported file as a Source: .txt and .md (front matter becomes metadata), .html
 * (the article's main text), .pdf (the text layer, through the runtime's reader) and .docx.
 * The format is decided by content first, then by name (see sniffFormat). Never throws: too big,
 * binary, unsupported, damaged, encrypted or scanned files all come back as an error that says
 * what happened and what to do. Trade-off: the whole file is held in memory, hence the 50 MB cap.
 */
export async function importSourceFile(input: ImportFileInput): Promise<Result<Source>> {
  const file = baseName(input.name);
  const id = input.id ?? idFromName(input.name);
  const context = {
    id,
    now: input.now,
    name: file,
    ...(input.path !== undefined ? { path: input.path } : {}),
  };
  if (input.bytes.length > MAX_IMPORT_BYTES) {
    return fail(
      `${file} is ${megabytes(input.bytes.length)}; the import limit is ${MAX_IMPORT_BYTES / 1048576} MB. Import only the article (for example, print the pages you need to PDF).`,
    );
  }
  if (input.bytes.length === 0)
    return fail(`${file} is empty (0 bytes). Check that it is the right file.`);
  const sniffed = sniffFormat(input.name, input.bytes);
  if ('error' in sniffed) return fail(sniffed.error);
  const done = <T>(result: T): T => {
    input.onProgress?.(1, 1);
    return result;
  };
  switch (sniffed.format) {
    case 'pdf': {
      if (!input.readPdf) {
        return fail(
          `${file}: PDF import is not available in this build. Import the text as .txt instead.`,
        );
      }
      const text = await input.readPdf(input.bytes, { name: file, onProgress: input.onProgress });
      return text.ok ? sourceFromPdfText(text.value, context) : text;
    }
    case 'docx':
      return done(await sourceFromDocx(input.bytes, context));
    default: {
      const content = decodeText(input.bytes);
      if (looksBinary(content)) {
        return fail(
          `${file} looks like a binary file, not text: Corroborate imports .txt, .md, .html, .pdf and .docx.`,
        );
      }
      if (sniffed.format === 'html') return done(sourceFromHtml(content, context));
      const parsed = parseSourceFile({
        id,
        path: input.path ?? file,
        content,
        defaultCapture: sniffed.format === 'markdown' ? 'markdown' : 'plain-text',
      });
      // The file name only served the messages; a path is stored only when the caller knows it.
      if (parsed.ok && input.path === undefined) delete parsed.value.path;
      return done(parsed);
    }
  }
}
