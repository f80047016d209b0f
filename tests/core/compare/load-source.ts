import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';

/** Reads a source file the way the app does, its id taken from the file name; throws on error. */
export function loadSource(path: string): Source {
  const read = parseSourceFile({
    id: basename(path, '.md'),
    path,
    content: readFileSync(path, 'utf8'),
  });
  if (!read.ok) throw new Error(read.error);
  return read.value;
}
