import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseSourceFile } from '../../core/io/source-file';
import type { CorpusListing } from '../../contract/ipc';

/** Largest corpus article read, in bytes. The shipped articles are a few tens of kilobytes. */
export const MAX_CORPUS_FILE_BYTES = 5 * 1024 * 1024;
/** Most articles read from the corpus folder; the rest are reported, not silently dropped. */
export const MAX_CORPUS_FILES = 1000;

export interface ListCorpusOptions {
  maxFileBytes?: number;
  maxFiles?: number;
}

/**
 * Reads every `*.md` file of the corpus folder (dev: the repo's corpus/, packaged:
 * `process.resourcesPath/corpus`) through core's `parseSourceFile`. Files come back sorted by
 * name; a file that is too large, unreadable or invalid becomes a `problems` entry with a
 * readable reason instead of failing the whole listing. `path` is `corpus/<file>`, the same on
 * every machine, so the absolute install path never reaches the renderer.
 */
export async function listCorpus(
  corpusDir: string,
  options: ListCorpusOptions = {},
): Promise<CorpusListing> {
  const maxFileBytes = options.maxFileBytes ?? MAX_CORPUS_FILE_BYTES;
  const maxFiles = options.maxFiles ?? MAX_CORPUS_FILES;
  const listing: CorpusListing = { sources: [], problems: [] };
  let names: string[];
  try {
    names = (await readdir(corpusDir)).filter((name) => extname(name).toLowerCase() === '.md');
  } catch {
    listing.problems.push({
      file: 'corpus',
      error: `The corpus folder ${corpusDir} cannot be read. Reinstall the app or check the folder.`,
    });
    return listing;
  }
  names.sort();
  for (const [index, name] of names.entries()) {
    const file = `corpus/${name}`;
    if (index >= maxFiles) {
      listing.problems.push({
        file,
        error: `Not loaded: the corpus holds more than ${maxFiles} articles.`,
      });
      continue;
    }
    const fullPath = join(corpusDir, name);
    try {
      const info = await stat(fullPath);
      if (!info.isFile()) continue;
      if (info.size > maxFileBytes) {
        listing.problems.push({
          file,
          error: `${file} is ${info.size} bytes; the limit is ${maxFileBytes}. Split the article.`,
        });
        continue;
      }
      const content = await readFile(fullPath, 'utf8');
      const parsed = parseSourceFile({
        id: basename(name, extname(name)),
        path: file,
        content,
      });
      if (parsed.ok) listing.sources.push(parsed.value);
      else listing.problems.push({ file, error: parsed.error });
    } catch (error) {
      listing.problems.push({
        file,
        error: `${file} cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  }
  return listing;
}
