/**
 * Project files on disk, for the main process. Saving is atomic (temp file in the same folder,
 * fsync, rename) with three rolling backups of the previous good file; loading never writes.
 * A file this version cannot read (damaged, or saved by a newer Corroborate) is never
 * overwritten: save refuses, and the error says what to do.
 * The fs object and every path come from the caller, so tests run in a temp folder.
 */
import { dirname, join } from 'node:path';
import { parseProject, serializeProject } from '../../core/io/project-file';
import type { Project } from '../../core/model/project';
import { fail, ok, type Result } from '../../core/model/result';
import { tempPathFor } from './temp-files';

/** The subset of `node:fs/promises` the store uses. */
export interface StoreFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  open(path: string, flags: 'wx'): Promise<StoreFileHandle>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** The subset of a `FileHandle` the store uses. */
export interface StoreFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Number of rolling backups kept next to a project file (`.bak1` is the newest). */
export const BACKUP_COUNT = 3;

/** File name of the project opened when the analyst has not chosen one. */
export const DEFAULT_PROJECT_FILE = 'project.corroborate.json';

/** The default project path inside the app's user-data folder (given by the caller). */
export function defaultProjectPath(userDataDir: string): string {
  return join(userDataDir, 'projects', DEFAULT_PROJECT_FILE);
}

/** Path of backup number `n` (1 = newest) of a project file. */
export function backupPath(path: string, n: number): string {
  return `${path}.bak${n}`;
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** Reads a file; `null` when it does not exist. Other errors propagate as messages. */
async function readIfExists(fs: StoreFs, path: string): Promise<Result<string | null>> {
  try {
    return ok(await fs.readFile(path, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return ok(null);
    return fail(
      `${path} could not be read (${errorCode(error) ?? String(error)}). Check its permissions.`,
    );
  }
}

/**
 * Loads a project. Never writes anything: a damaged or newer file is reported (with the newest
 * readable backup, if any) and left exactly as it is.
 */
export async function loadProject(fs: StoreFs, path: string): Promise<Result<Project>> {
  const read = await readIfExists(fs, path);
  if (!read.ok) return read;
  if (read.value === null)
    return fail(`There is no project at ${path}. Check the path or create a new project.`);
  const parsed = parseProject(read.value);
  if (parsed.ok) return parsed;
  for (let n = 1; n <= BACKUP_COUNT; n += 1) {
    const backup = await readIfExists(fs, backupPath(path, n));
    if (backup.ok && backup.value !== null && parseProject(backup.value).ok) {
      return fail(
        `${parsed.error} The previous version is saved as ${backupPath(path, n)}; you can open that file instead.`,
      );
    }
  }
  return parsed;
}

/** Shifts .bak1 -> .bak2 -> .bak3 (dropping the oldest) and copies the current file to .bak1. */
async function rotateBackups(fs: StoreFs, path: string): Promise<void> {
  for (let n = BACKUP_COUNT - 1; n >= 1; n -= 1) {
    try {
      await fs.rename(backupPath(path, n), backupPath(path, n + 1));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  await fs.copyFile(path, backupPath(path, 1));
}

/**
 * Saves a project atomically: the JSON goes to a temp file in the same folder (same file
 * system, so rename is atomic), is fsynced, then renamed over the target. Before that, the
 * current file, if it is a good project, becomes `.bak1` (older backups shift, three are kept).
 * A process killed mid-save leaves its temp file; temp-files.ts names it and cleans it up later.
 * Refuses, leaving the file untouched, when the current file is not a project this version can
 * read: overwriting it would destroy data from a newer Corroborate or a file worth repairing.
 * Pass `{ overwriteUnreadable: true }` only after the analyst confirmed.
 */
export async function saveProjectAtomic(
  fs: StoreFs,
  path: string,
  project: Project,
  options: { overwriteUnreadable?: boolean } = {},
): Promise<Result<void>> {
  const text = serializeProject(project);
  const check = parseProject(text);
  if (!check.ok) return fail(`Corroborate refused to save an invalid project: ${check.error}`);
  const current = await readIfExists(fs, path);
  if (!current.ok) return current;
  if (current.value !== null) {
    const existing = parseProject(current.value);
    if (!existing.ok && !options.overwriteUnreadable) {
      return fail(
        `Not saved: ${path} holds a file this version cannot read, so it was left as it is. ${existing.error} Save the project under another name.`,
      );
    }
  }
  const folder = dirname(path);
  const temp = tempPathFor(path);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (current.value !== null && parseProject(current.value).ok) await rotateBackups(fs, path);
    await fs.rename(temp, path);
    return ok(undefined);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return fail(
      `Could not save ${path} (${errorCode(error) ?? String(error)}). The previous file is unchanged; check free space and permissions.`,
    );
  }
}
