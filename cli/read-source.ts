import { readFile, stat } from 'node:fs/promises';
import { importSourceFile, MAX_IMPORT_BYTES } from '../core/import/import-file';
import type { ImportProgress } from '../core/import/pdf-text';
import type { Result } from '../core/model/result';
import type { Source } from '../core/model/source';
import { readPdfTextNode } from './import/pdf-node';

/** Largest source the CLI reads, in bytes: the app's import limit. */
export const MAX_SOURCE_BYTES = MAX_IMPORT_BYTES;

export interface ReadSourceOptions {
  /** ISO time of the import (`captured` of HTML, PDF and Word sources); defaults to now. */
  now?: string;
  onProgress?: ImportProgress;
}

/**
 * Reads a source file from disk into a Source with the app's importers: .txt, .md, .html, .pdf
 * and .docx, the same checks and messages as an import in the app. The size is checked before
 * reading so a huge file is refused without loading it.
 */
export async function readSourceFile(
  path: string,
  options: ReadSourceOptions = {},
): Promise<Result<Source>> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: `${path} is not a file.` };
    size = info.size;
  } catch {
    return { ok: false, error: `${path}: no such file. Check the path.` };
  }
  if (size > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      error: `${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1048576} MB. Split the file or import only the article text.`,
    };
  }
  const bytes = new Uint8Array(await readFile(path));
  return importSourceFile({
    name: path,
    path,
    bytes,
    now: options.now ?? new Date().toISOString(),
    readPdf: readPdfTextNode,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
