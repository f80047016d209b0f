import { parse as parseYaml } from 'yaml';
import { fail, ok, type Result } from '../model/result';

export interface FrontMatterSplit {
  /** The parsed YAML mapping, or an empty object when the file has no front matter. */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line. */
  body: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(\r?\n|$)/;

/**
 * Splits YAML front matter (a `---` fenced block at the very top) from a text file. A file
 * without it is all body; malformed YAML is an error rather than silently read as text, because
 * it means the author meant metadata and would lose it.
 */
export function splitFrontMatter(content: string): Result<FrontMatterSplit> {
  const opening = OPENING.exec(content);
  if (!opening) return ok({ data: {}, body: content.replace(/^\uFEFF/, '') });
  const rest = content.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return fail(
      'The file starts with "---" but the front matter is never closed by a "---" line. Close it, or remove the first line if it is not metadata.',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(rest.slice(0, closing.index));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(
      `The front matter is not valid YAML (${reason}). Fix the metadata block at the top of the file.`,
    );
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail('The front matter must be a YAML mapping of "key: value" lines.');
  }
  return ok({
    data: data as Record<string, unknown>,
    body: rest.slice(closing.index + closing[0].length),
  });
}
