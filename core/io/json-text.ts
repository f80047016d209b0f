/**
 * JSON text as Corroborate reads it from a file: a readable error for an empty file, a binary
 * file or a syntax error (with its line and column), and zod problems named by field path.
 * Shared by the project file, the JSON export and the W3C import, so all three explain a bad
 * file in the same words.
 */
import type { z } from 'zod';
import { fail, ok, type Result } from '../model/result';
import { tooLongText } from './file-size';

/**
 * Parses JSON text, reporting a syntax error with its line and column when the engine says where
 * (V8 gives a position or a line/column, depending on the version). Text over the size cap is
 * refused before parsing, so no loader of projects or exports can be made to hang by one.
 */
export function parseJsonText(json: string, what: string): Result<unknown> {
  const tooLong = tooLongText(what, json);
  if (tooLong) return fail(tooLong);
  if (!json.trim())
    return fail(
      `The ${what} file is empty. It may have been cut off while saving; try a backup copy.`,
    );
  if (looksBinary(json))
    return fail(
      `This is not ${withArticle(what)} file: it holds binary data (an image, an archive or another program's file), not JSON text. Choose the .json file Corroborate saved.`,
    );
  try {
    return ok(JSON.parse(json.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const message = printable(error instanceof Error ? error.message : String(error));
    return fail(
      `The ${what} file is not valid JSON${jsonErrorLocation(json, message)} (${message}). It may be damaged or cut off; open a backup copy or fix the file by hand.`,
    );
  }
}

/** "an export", "a project", "a W3C annotation": the article a message needs before `what`. */
function withArticle(what: string): string {
  return `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`;
}

/**
 * True when a text decoded from bytes is binary rather than text: NUL bytes, or many control or
 * replacement characters near the start. Only the first 4 KB are read, so a huge file costs
 * nothing more; a JSON text never holds raw control characters outside whitespace.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- control characters are what is being counted
  const odd = head.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(8, head.length / 50);
}

/** An engine message made safe to show: control characters escaped, long quotes clipped. */
function printable(message: string): string {
  const escaped = message.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is being escaped
    /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > 160 ? `${escaped.slice(0, 159)}…` : escaped;
}

/** " at line L, column C" from a JSON.parse message, or "" when it does not say. */
function jsonErrorLocation(json: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return /end of JSON input/.test(message) ? ' at the end of the file' : '';
  const offset = Number(position[1]);
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** "claims[2].target.position.start" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** The first few zod issues as "field path: problem", then how many more there are. */
export function describeIssue(error: z.ZodError): string {
  const issues = error.issues;
  if (issues.length === 0) return 'unknown problem';
  const shown = issues
    .slice(0, ISSUES_SHOWN)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`;
}

/** "that field" or "those fields": what the advice after {@link describeIssue} asks to fix. */
export function fieldsToFix(error: z.ZodError): string {
  return error.issues.length > 1 ? 'those fields' : 'that field';
}

/** How many schema problems a message lists before it counts the rest. */
const ISSUES_SHOWN = 3;
