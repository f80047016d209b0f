/**
 * The app's own settings, one small JSON file in the user-data folder. It holds only what must
 * survive a restart: the project the analyst last worked on. Reading never throws: a missing,
 * damaged or foreign settings file means "no settings", so the app still starts on its default
 * project instead of failing at launch.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeTextAtomic } from './atomic-text';

/** File name of the settings inside the user-data folder. */
export const SETTINGS_FILE = 'settings.json';
/** Marks the file as ours, so a stray JSON file is not taken for settings. */
export const SETTINGS_FORMAT = 'corroborate-settings';
export const SETTINGS_VERSION = 1;
/** Longest path accepted from the file (well above any real OS limit). */
const MAX_PATH_CHARS = 4096;

export interface Settings {
  /** Absolute path of the project last created, opened or saved as; null for the default. */
  lastProjectPath: string | null;
}

export const DEFAULT_SETTINGS: Settings = { lastProjectPath: null };

/** The settings path inside the app's user-data folder (given by the caller). */
export function settingsPath(userDataDir: string): string {
  return join(userDataDir, SETTINGS_FILE);
}

/** True for a string that can be a remembered project path: absolute, bounded, no NUL. */
function isProjectPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_PATH_CHARS &&
    !value.includes('\0') &&
    isAbsolute(value)
  );
}

/**
 * Reads the settings. Anything unexpected (no file, not JSON, another format, a newer version,
 * a path that is not absolute) gives the defaults: settings are a convenience, never a reason
 * for the app not to start.
 */
export async function readSettings(path: string): Promise<Settings> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof data !== 'object' || data === null) return DEFAULT_SETTINGS;
  const stored = data as { format?: unknown; version?: unknown; lastProjectPath?: unknown };
  if (stored.format !== SETTINGS_FORMAT || stored.version !== SETTINGS_VERSION) {
    return DEFAULT_SETTINGS;
  }
  return { lastProjectPath: isProjectPath(stored.lastProjectPath) ? stored.lastProjectPath : null };
}

/** Writes the settings atomically (temp file, fsync, rename). Rejects when that fails. */
export async function writeSettings(path: string, settings: Settings): Promise<void> {
  if (settings.lastProjectPath !== null && !isProjectPath(settings.lastProjectPath)) {
    throw new Error('The last project path must be an absolute path.');
  }
  const text = `${JSON.stringify(
    {
      format: SETTINGS_FORMAT,
      version: SETTINGS_VERSION,
      lastProjectPath: settings.lastProjectPath,
    },
    null,
    2,
  )}\n`;
  await writeTextAtomic(path, text);
}
