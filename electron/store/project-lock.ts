/**
 * One writer per project file: a lock file `<project>.lock` beside it, created with `wx` (the
 * file system decides who is first) and holding who took it: pid, host and time. A second
 * Corroborate that finds it gets a sentence naming that writer instead of becoming a second
 * writer that silently overwrites the first one's saves.
 *
 * Electron's `requestSingleInstanceLock` (main.ts) already stops a second copy of the app on the
 * same user-data folder, and focuses the first window instead; it cannot see another user-data
 * folder (a dev run next to the installed app, a portable copy), another machine writing the
 * same file on a shared folder, or another tool. The lock file covers those, per project.
 *
 * A lock whose writer is gone (its pid is not running on this host, or the file is damaged and
 * older than LOCK_WRITE_GRACE_MS) is stale and taken over; an unreadable lock younger than that
 * is another instance between creating and filling it, so it counts as held. One from another
 * host is never guessed stale: the message says where it is held and how to release it by hand.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { fail, ok, type Result } from '../../core/model/result';
import { errorCode } from './fs-errors';
import { processIsAlive } from './temp-files';

/** How long an instance may take between creating its lock file and writing who it is. */
export const LOCK_WRITE_GRACE_MS = 5_000;

/** Who holds a lock, as stored in the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface LockOptions {
  /** This process; tests pretend to be another instance. Defaults to process.pid / hostname. */
  pid?: number;
  host?: string;
  /** Whether a pid runs on this host; tests pass a table. */
  isAlive?: (pid: number) => boolean;
  /** The clock, for `since` and the age of an unreadable lock. */
  now?: () => Date;
}

/** A lock this process holds. */
export interface ProjectLock {
  readonly lockPath: string;
  /** Removes the lock file if it is still ours. Never throws. */
  release(): Promise<void>;
  /** Same, synchronously, for the app's quit event (no time to await there). */
  releaseSync(): void;
}

/** The lock file of a project. */
export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const data = JSON.parse(text) as Partial<LockOwner> | null;
    return typeof data?.pid === 'number' &&
      typeof data.host === 'string' &&
      typeof data.since === 'string'
      ? { pid: data.pid, host: data.host, since: data.since }
      : null;
  } catch {
    return null;
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null | 'absent'> {
  try {
    return parseOwner(await readFile(lockPath, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
}

/** True for a lock file modified within LOCK_WRITE_GRACE_MS of `now`. */
async function isBeingWritten(lockPath: string, now: Date): Promise<boolean> {
  const info = await stat(lockPath).catch(() => null);
  return info !== null && now.getTime() - info.mtimeMs < LOCK_WRITE_GRACE_MS;
}

/** The sentence a second instance shows. */
function heldElsewhere(projectPath: string, lockPath: string, owner: LockOwner): string {
  return (
    `${projectPath} is open in another Corroborate (process ${owner.pid} on ${owner.host}, since ${owner.since}), ` +
    'so this window will not save it: two writers would overwrite each other. Close it there, or open a copy. ' +
    `If no Corroborate runs there any more, delete ${lockPath} and open the project again.`
  );
}

/**
 * Takes the lock of `projectPath`. Ours already (same pid and host): ok, so a second claim by
 * the same process is harmless. Held by a live writer: a readable refusal. Stale: taken over.
 * A folder where no lock can be created (read-only) is also refused, with the reason.
 */
export async function acquireProjectLock(
  projectPath: string,
  options: LockOptions = {},
): Promise<Result<ProjectLock>> {
  const me = { pid: options.pid ?? process.pid, host: options.host ?? hostname() };
  const isAlive = options.isAlive ?? processIsAlive;
  const lockPath = lockPathFor(projectPath);
  const ours = (owner: LockOwner | null | 'absent') =>
    owner !== null && owner !== 'absent' && owner.pid === me.pid && owner.host === me.host;
  const lock: ProjectLock = {
    lockPath,
    release: async () => {
      if (ours(await readOwner(lockPath).catch(() => null))) {
        await unlink(lockPath).catch(() => undefined);
      }
    },
    releaseSync: () => {
      try {
        if (ours(parseOwner(readFileSync(lockPath, 'utf8')))) unlinkSync(lockPath);
      } catch {
        // Already gone or unreadable: nothing of ours to release.
      }
    },
  };
  // Two rounds at most: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const since = (options.now?.() ?? new Date()).toISOString();
    try {
      // The first save creates the folder anyway; the lock has to be there before it.
      await mkdir(dirname(lockPath), { recursive: true });
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify({ ...me, since })}\n`, 'utf8');
      } finally {
        await handle.close();
      }
      return ok(lock);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        return fail(
          `${projectPath} cannot be locked for writing (${errorCode(error) ?? String(error)}). Check that its folder is writable.`,
        );
      }
    }
    const owner = await readOwner(lockPath).catch(() => null);
    if (owner === 'absent') continue;
    if (ours(owner)) return ok(lock);
    if (owner === null && (await isBeingWritten(lockPath, options.now?.() ?? new Date()))) {
      return fail(
        `${projectPath} is being opened by another Corroborate right now, so this window will not save it. Try again in a few seconds.`,
      );
    }
    const stale = owner === null || (owner.host === me.host && !isAlive(owner.pid));
    if (!stale) return fail(heldElsewhere(projectPath, lockPath, owner));
    await unlink(lockPath).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }
  return fail(`${projectPath} could not be locked: another Corroborate keeps taking its lock.`);
}
