/**
 * Project files on disk, for the main process. Saving is atomic and durable (temp file in the
 * same folder, fsync, rename, fsync of the folder) with three rolling backups of the previous
 * good file, each made the same atomic way; loading never writes.
 * A file this version cannot read (damaged, or saved by a newer Corroborate) is never
 * overwritten: save refuses, and the error says what to do.
 * The fs object and every path come from the caller, so tests run in a temp folder.
 */
import { constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseProject, serializeProject } from '../../core/io/project-file';
import type { Project } from '../../core/model/project';
import { fail, ok, type Result } from '../../core/model/result';
import { errorCode } from './fs-errors';
import { syncFolder } from './sync-folder';
import { tempPathFor } from './temp-files';

/** The subset of `node:fs/promises` the store uses. */
export interface StoreFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  open(path: string, flags: 'wx' | 'r' | 'r+'): Promise<StoreFileHandle>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
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

/**
 * Makes the current file `.bak1`, shifting .bak1 -> .bak2 -> .bak3 (the oldest is dropped).
 * The copy goes to a temp file first and is fsynced before any backup moves, then renamed into
 * place: a crash at any step leaves every `.bakN` a complete file (a plain copy onto `.bak1`
 * left a torn backup once in 50 kills), and the project file itself, still the previous good
 * version until the caller's own rename, is the last good copy throughout.
 */
async function rotateBackups(fs: StoreFs, path: string): Promise<void> {
  await copyDurably(fs, path, backupPath(path, 1), async () => {
    for (let n = BACKUP_COUNT - 1; n >= 1; n -= 1) {
      try {
        await fs.rename(backupPath(path, n), backupPath(path, n + 1));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
  });
}

/**
 * Copies `from` to `to` so that `to` is never a torn file: copy to a temp file beside `from`,
 * fsync it, run `beforeRename` (the backup shift), then rename onto `to`. The temp is removed
 * if any step fails.
 */
async function copyDurably(
  fs: StoreFs,
  from: string,
  to: string,
  beforeRename: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const temp = tempPathFor(from);
  try {
    await fs.copyFile(from, temp, constants.COPYFILE_EXCL);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename();
    await fs.rename(temp, to);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Where an unreadable project is kept, bytes untouched, before the analyst's explicit
 * overwrite replaces it: beside it, named by the time (`project.json.unreadable-20240701T120000Z`),
 * so the analyst is told one name and a newer Corroborate can still open it.
 */
export function keptAsidePath(path: string, now: Date, n = 1): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${path}.unreadable-${stamp}${n > 1 ? `-${n}` : ''}`;
}

/** The first `keptAsidePath` no file holds yet, so keeping one aside never replaces another. */
async function freeKeptAsidePath(fs: StoreFs, path: string, now: Date): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = keptAsidePath(path, now, n);
    const handle = await fs.open(candidate, 'r').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (!handle) return candidate;
    await handle.close();
  }
}

/**
 * Saves a project atomically: the JSON goes to a temp file in the same folder (same file
 * system, so rename is atomic), is fsynced, then renamed over the target, and the folder is
 * fsynced so the rename survives a power loss. Before that, the current file, if it is a good
 * project, becomes `.bak1` (older backups shift, three are kept; see rotateBackups).
 * A process killed mid-save leaves its temp file; temp-files.ts names it and cleans it up later.
 * Refuses, leaving the file untouched, when the current file is not a project this version can
 * read: overwriting it would destroy data from a newer Corroborate or a file worth repairing.
 * Pass `{ overwriteUnreadable: true }` only after the analyst confirmed: even then the
 * unreadable file is first copied, bytes untouched, to `keptAsidePath` (never over another
 * file), and the answer names that copy (`keptAside`) for the analyst. Backups only ever
 * receive a readable file, so rotating them never drops the last good copy for a bad one.
 */
export async function saveProjectAtomic(
  fs: StoreFs,
  path: string,
  project: Project,
  options: { overwriteUnreadable?: boolean; now?: () => Date } = {},
): Promise<Result<{ keptAside?: string }>> {
  const text = serializeProject(project);
  const check = parseProject(text);
  if (!check.ok) return fail(`Corroborate refused to save an invalid project: ${check.error}`);
  const current = await readIfExists(fs, path);
  if (!current.ok) return current;
  // Parsed once: whether saving is allowed, and whether the current file is worth a backup.
  const existing = current.value === null ? null : parseProject(current.value);
  if (existing && !existing.ok && !options.overwriteUnreadable) {
    return fail(
      `Not saved: ${path} holds a file this version cannot read, so it was left as it is. ${existing.error} Save the project under another name.`,
    );
  }
  const folder = dirname(path);
  const temp = tempPathFor(path);
  let keptAside: string | undefined;
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing?.ok) await rotateBackups(fs, path);
    else if (existing) {
      keptAside = await freeKeptAsidePath(fs, path, (options.now ?? (() => new Date()))());
      await copyDurably(fs, path, keptAside);
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return fail(
      `Could not save ${path} (${errorCode(error) ?? String(error)}). The previous file is unchanged; check free space and permissions.`,
    );
  }
  try {
    await syncFolder((target, flags) => fs.open(target, flags), folder);
  } catch (error) {
    return fail(
      `${path} was written${keptAside ? ` (the unreadable file is kept as ${keptAside})` : ''}, but its folder could not be flushed to disk (${errorCode(error) ?? String(error)}), so a power cut now could undo this save. Check the drive.`,
    );
  }
  return ok(keptAside ? { keptAside } : {});
}
