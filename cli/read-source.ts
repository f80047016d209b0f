import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Result } from '../core/model/result';
import type { Source } from '../core/model/source';
import { parseSourceFile } from '../core/io/source-file';

/** Largest text source the CLI reads, in bytes. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** Reads a source file from disk into a Source, with the same checks the app applies. */
export async function readSourceFile(path: string): Promise<Result<Source>> {
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
  const content = await readFile(path, 'utf8');
  return parseSourceFile({ id: basename(path, extname(path)), path, content });
}
