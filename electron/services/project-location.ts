/**
 * Which project file is current, the one piece of state the services own.
 *
 * It starts at the project remembered in the settings file (userData/settings.json) when that
 * file still exists, else at the default project in userData/projects. File > New / Open / Save
 * As move it; each move is written to the settings file (atomically) so the next start reopens
 * the same project. Paths only ever come from a native dialog or the settings file, never from
 * the page. Whenever a project becomes current, the temp files an earlier killed save left
 * beside it and its history are removed (store/temp-files.ts).
 *
 * Every project this instance writes is locked first (store/project-lock.ts): `claim` takes the
 * lock, or says which other Corroborate holds it; a switch releases the previous project's lock.
 */
import * as fs from 'node:fs/promises';
import { fail, ok, type Result } from '../../core/model/result';
import { isFile } from '../store/fs-errors';
import { acquireProjectLock, type LockOptions, type ProjectLock } from '../store/project-lock';
import { defaultProjectPath } from '../store/project-store';
import { readSettings, settingsPath, writeSettings } from '../store/settings';
import { cleanStaleTemps } from '../store/temp-files';
import { historyPath } from './file-names';

export interface ProjectLocation {
  /** The current project path (awaits the settings read at start). */
  current(): Promise<string>;
  /** True while the current project is the default one in userData. */
  isDefault(path: string): boolean;
  /**
   * Takes the write lock of `path` (idempotent). The error names the other writer; nothing is
   * switched either way, so a caller that then gives up calls `abandon`.
   */
  claim(path: string): Promise<Result<void>>;
  /** Releases a claim taken for a switch that did not happen (never the current project's). */
  abandon(path: string): Promise<void>;
  /** Makes `path` current (claimed before), releases the previous lock, tidies, remembers. */
  switchTo(path: string): Promise<void>;
  /** Removes the leftover temp files of `path` and its history; clutter only, so it warns. */
  tidy(path: string): Promise<void>;
  /** Releases every lock at once, synchronously: the app is quitting. */
  releaseAllSync(): void;
}

/**
 * The project path to start with: the remembered one when its file still exists, else the
 * default. A remembered file that vanished (deleted, or on a drive that is not mounted) is not
 * recreated by the first autosave: the app falls back to its default project instead.
 */
async function startingProjectPath(userDataDir: string): Promise<string> {
  const fallback = defaultProjectPath(userDataDir);
  const { lastProjectPath } = await readSettings(settingsPath(userDataDir));
  if (!lastProjectPath) return fallback;
  return (await isFile(lastProjectPath).catch(() => false)) ? lastProjectPath : fallback;
}

export function createProjectLocation(options: {
  userDataDir: string;
  warn: (message: string) => void;
  lock?: LockOptions;
}): ProjectLocation {
  const { userDataDir, warn } = options;
  const settingsFile = settingsPath(userDataDir);
  // Every channel awaits this, so the settings are read once, before the first use of the path.
  let current: Promise<string> = startingProjectPath(userDataDir);
  // Settings writes run one after another, so the last switch is the one remembered.
  let settingsWrite: Promise<void> = Promise.resolve();
  const locks = new Map<string, ProjectLock>();

  async function release(path: string): Promise<void> {
    const lock = locks.get(path);
    locks.delete(path);
    await lock?.release();
  }

  async function tidy(path: string): Promise<void> {
    for (const target of [path, historyPath(path)]) {
      await cleanStaleTemps(fs, target).catch((error: unknown) =>
        warn(`Leftover temporary files beside ${target} were not removed (${String(error)}).`),
      );
    }
  }

  return {
    current: () => current,
    tidy,

    isDefault: (path) => path === defaultProjectPath(userDataDir),

    async claim(path) {
      if (locks.has(path)) return ok(undefined);
      const lock = await acquireProjectLock(path, options.lock);
      if (!lock.ok) return fail(lock.error);
      locks.set(path, lock.value);
      return ok(undefined);
    },

    async abandon(path) {
      if (path !== (await current)) await release(path);
    },

    async switchTo(path) {
      const previous = await current;
      current = Promise.resolve(path);
      if (previous !== path) await release(previous);
      await tidy(path);
      settingsWrite = settingsWrite.then(() =>
        writeSettings(settingsFile, { lastProjectPath: path }).catch((error: unknown) =>
          warn(`The last project could not be remembered (${String(error)}).`),
        ),
      );
      await settingsWrite;
    },

    releaseAllSync() {
      for (const lock of locks.values()) lock.releaseSync();
      locks.clear();
    },
  };
}
