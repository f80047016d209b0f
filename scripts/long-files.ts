// `npm test` step: no source file over 300 lines unless .ci/long-files.json names it with a
// reason. Small files with one job are a house rule; the allowlist keeps every exception visible
// and explained, and says so when an entry is no longer needed (the file was split).
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folders whose files are source, and the extensions that count as source. */
export const SOURCE_FOLDERS = ['core', 'renderer', 'electron', 'cli', 'contract', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|css)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', '.vite']);
export const ALLOWLIST_PATH = '.ci/long-files.json';

/** A source file and its length in lines. */
export interface SourceFileLength {
  path: string;
  lines: number;
}

/** The allowlist: the line limit, and each long file mapped to why it may stay long. */
export interface Allowlist {
  limit: number;
  files: Readonly<Record<string, unknown>>;
}

/** Lines as `wc -l` counts them, plus a last line that has no newline. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * What the check reports for files given as `{ path, lines }`: the long files the allowlist does
 * not name or names without a reason (failures), and entries no longer needed (notices).
 */
export function checkLongFiles(
  files: readonly SourceFileLength[],
  allowlist: Allowlist,
): { failures: string[]; notices: string[] } {
  const { limit, files: allowed } = allowlist;
  const failures: string[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const { path, lines } of files) {
    seen.add(path);
    const reason = allowed[path];
    if (lines <= limit) {
      if (reason !== undefined)
        notices.push(`${path}: ${lines} lines now, remove it from ${ALLOWLIST_PATH}`);
      continue;
    }
    if (reason === undefined)
      failures.push(`${path}: ${lines} lines (limit ${limit}): split it, or list it with a reason`);
    else if (typeof reason !== 'string' || reason.trim() === '')
      failures.push(`${path}: ${lines} lines, listed without a reason in ${ALLOWLIST_PATH}`);
  }
  for (const path of Object.keys(allowed)) {
    if (!seen.has(path))
      notices.push(`${path}: no such source file, remove it from ${ALLOWLIST_PATH}`);
  }
  return { failures, notices };
}

/** Reads and checks the allowlist file: a limit and a map of path -> reason. */
export function parseAllowlist(text: string): Allowlist {
  const data = JSON.parse(text) as { limit?: unknown; files?: unknown } | null;
  if (typeof data !== 'object' || data === null) throw new Error('expected an object');
  const { limit, files } = data;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit <= 0)
    throw new Error('"limit" must be a positive whole number of lines');
  if (typeof files !== 'object' || files === null || Array.isArray(files))
    throw new Error('"files" must map each path to its reason');
  return { limit, files: files as Record<string, unknown> };
}

function sourceFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path.split('\\').join('/')] : [];
  });
}

function main(): number {
  let allowlist: Allowlist;
  try {
    allowlist = parseAllowlist(readFileSync(ALLOWLIST_PATH, 'utf8'));
  } catch (error) {
    console.error(`${ALLOWLIST_PATH}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const files = SOURCE_FOLDERS.flatMap(sourceFiles).map((path) => ({
    path,
    lines: lineCount(readFileSync(path, 'utf8')),
  }));
  const { failures, notices } = checkLongFiles(files, allowlist);
  for (const notice of notices) console.log(`notice: ${notice}`);
  for (const failure of failures) console.error(`too long: ${failure}`);
  const listed = Object.keys(allowlist.files).length;
  console.log(
    `${files.length} source files, limit ${allowlist.limit} lines, ${listed} listed; ${failures.length} too long`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
