/**
 * The temp files of atomic writes (project-store.ts, atomic-text.ts), and their cleanup.
 *
 * An atomic write puts its data in `.<name>.<pid>.<n>.tmp` beside the target, then renames it
 * over the target. A process killed between creating and renaming that file leaves it behind
 * (a crash test that killed an autosaving process 50 times left 15 to 18). Nothing ever reads
 * these files, so they are only clutter, but they pile up beside the analyst's project.
 *
 * `cleanStaleTemps` removes a target's leftovers when a project becomes current. It deletes a
 * file only when its name matches the writers' own pattern for that target exactly, it is a
 * regular file, and its writer cannot still be about to rename it:
 * - the pid in the name is not a running process (the writer crashed) and the file is older
 *   than ORPHAN_GRACE_MS (a grace for a writer on another machine sharing the folder, whose
 *   pid means nothing here); or
 * - the file is older than STALE_TEMP_MS whatever the pid says (the pid was reused after the
 *   crash, e.g. after a reboot). A live writer renames its temp within the time of one fsync
 *   and one backup copy, seconds at most, so this never races a save in progress.
 * Deleting "all of them at load" would be simpler (the app holds a single-instance lock), but
 * the CLI, tests and a second machine on a shared folder may write the same project; the pid
 * and age rules keep their in-flight files safe at the cost of a few lines.
 */
import { basename, dirname, join } from 'node:path';

/** A writer whose pid is gone has had this long to be renamed (guards writers on other hosts). */
export const ORPHAN_GRACE_MS = 5_000;

/** A temp file this old is stale even if a process with its pid runs (pid reuse). */
export const STALE_TEMP_MS = 10 * 60_000;

let tempCounter = 0;

/** The temp file an atomic write of `path` uses: same folder, so the rename is atomic. */
export function tempPathFor(path: string): string {
  // pid + counter: two processes or two overlapping calls never share a temp file.
  return join(dirname(path), `.${basename(path)}.${process.pid}.${(tempCounter += 1)}.tmp`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pid in `name` when it is one of `path`'s temp files (as `tempPathFor` names them), else
 * null. Names of other files, even other targets' temp files, never match.
 */
export function tempFileWriterPid(path: string, name: string): number | null {
  const match = new RegExp(
    `^\\.${escapeRegExp(basename(path))}\\.(\\d{1,10})\\.\\d{1,16}\\.tmp$`,
  ).exec(name);
  return match?.[1] ? Number(match[1]) : null;
}

/** The subset of `node:fs/promises` the cleanup uses. */
export interface TempFs {
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<{ mtimeMs: number; isFile(): boolean }>;
  unlink(path: string): Promise<void>;
}

export interface CleanOptions {
  /** The clock, in epoch ms; tests move it. */
  now?: number;
  /** Whether a process with this pid runs; tests pass a table. */
  isAlive?: (pid: number) => boolean;
}

/** True unless the OS says there is no such process (EPERM: it runs, as another user). */
export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string } | null)?.code !== 'ESRCH';
  }
}

/**
 * Removes the stale temp files of `path` (see the module comment for which). Returns the names
 * removed. A missing folder is nothing to clean; files that vanish meanwhile are skipped; other
 * errors propagate (callers warn, never fail the user's action over clutter).
 */
export async function cleanStaleTemps(
  fs: TempFs,
  path: string,
  options: CleanOptions = {},
): Promise<string[]> {
  const now = options.now ?? Date.now();
  const isAlive = options.isAlive ?? processIsAlive;
  const folder = dirname(path);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempFileWriterPid(path, name);
    if (pid === null) continue;
    const file = join(folder, name);
    const info = await fs.lstat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const age = now - info.mtimeMs;
    const orphaned = age >= ORPHAN_GRACE_MS && !isAlive(pid);
    if (!orphaned && age < STALE_TEMP_MS) continue;
    try {
      await fs.unlink(file);
      removed.push(name);
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
