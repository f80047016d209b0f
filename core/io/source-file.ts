/**
 * Source files with the eld detector bound in: what the CLI, the main process, the import worker
 * and tests use. The reading itself is core/io/source-text-file.ts, which takes the detector as a
 * parameter so the web build's start-up bundle can leave eld out.
 */
import { detectLanguage } from '../language/detect';
import type { Result } from '../model/result';
import type { Source } from '../model/source';
import { readSourceFile, type SourceFileInput } from './source-text-file';

export { guessLayout, looksBinary, readSourceFile, type SourceFileInput } from './source-text-file';

/**
 * Turns a text file (optionally with YAML front matter) into a Source, detecting the language
 * when the front matter does not state it. Never throws: a binary file, broken metadata or an
 * empty body come back as a readable error.
 */
export function parseSourceFile(input: SourceFileInput): Result<Source> {
  return readSourceFile(input, detectLanguage);
}
