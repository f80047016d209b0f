import { parse as parseYaml } from 'yaml';
import { bytesText, countText, IMPORT_LIMITS } from './import-limits';
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
 * Whether a YAML text may hold more than `limit` keys and list items, counted without parsing
 * it: a block mapping or sequence puts each entry on a line of its own, and a flow collection
 * ({...}, [...]) separates its entries with commas, so the count is one more than the line
 * breaks, commas and opening brackets. Overcounts (a comma inside a quoted note counts), never
 * undercounts, so it is a safe gate in front of the parser. Stops at the first mark past the
 * limit, and lets the regular expression engine find the marks: counting a megabyte character
 * by character took ten times as long as the search for the closing fence.
 */
function hasMoreEntriesThan(yaml: string, limit: number): boolean {
  const mark = /[\n,{[]/g;
  let count = 1;
  while (count <= limit) {
    if (!mark.test(yaml)) return false;
    count += 1;
  }
  return true;
}

/**
 * Splits YAML front matter (a `---` fenced block at the very top) from a text file. A file
 * without it is all body; malformed YAML is an error rather than silently read as text, because
 * it means the author meant metadata and would lose it. The number of keys is capped before the
 * YAML parser runs (it checks duplicate keys pairwise, so 40,000 keys took 30 s): metadata is a
 * dozen keys, and a block past the cap is refused with a message that names it; so is a block
 * longer than 64 KB (frontMatterChars), which bounds the parser's work on any one-line shape.
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
  const yaml = rest.slice(0, closing.index);
  const limit = IMPORT_LIMITS.frontMatterKeys;
  if (hasMoreEntriesThan(yaml, limit)) {
    return fail(
      `The front matter has more than ${countText(limit)} entries (keys, list items or lines); the limit is ${countText(limit)}. Keep only the metadata (title, publisher, dates...) at the top of the file.`,
    );
  }
  if (yaml.length > IMPORT_LIMITS.frontMatterChars) {
    return fail(
      `The front matter is ${bytesText(yaml.length)} long; the limit is ${bytesText(IMPORT_LIMITS.frontMatterChars)}. Keep only the metadata (title, publisher, dates...) at the top of the file.`,
    );
  }
  let data: unknown;
  try {
    // prettyErrors off: it quotes the line with every error, so one 1 MB line with an error per
    // word ("&a &a &a ...") was quadratic; only the first error's first line is shown anyway.
    data = parseYaml(yaml, { prettyErrors: false });
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
