import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_FILE,
  settingsPath,
  writeSettings,
} from '../../../electron/store/settings';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-settings-'));
  path = settingsPath(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings file', () => {
  it('lives in the user-data folder', () => {
    expect(path).toBe(join(dir, SETTINGS_FILE));
  });

  it.each([
    ['a project path', { lastProjectPath: join(tmpdir(), 'a b', 'Beirut.corroborate.json') }],
    ['no project', { lastProjectPath: null }],
  ])('round-trips %s and leaves no temp file behind', async (_what, settings) => {
    await writeSettings(path, { lastProjectPath: '/first.json' });
    await writeSettings(path, settings);
    await expect(readSettings(path)).resolves.toEqual(settings);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
  });

  const valid = { format: 'corroborate-settings', version: 1, lastProjectPath: '/p.json' };
  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{ "format": "corroborate-settings", "ver'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['another format', JSON.stringify({ ...valid, format: 'something-else' })],
    ['a newer version', JSON.stringify({ ...valid, version: 2 })],
    ['a relative path', JSON.stringify({ ...valid, lastProjectPath: 'p.json' })],
    ['a non-string path', JSON.stringify({ ...valid, lastProjectPath: 42 })],
    ['a path with NUL', JSON.stringify({ ...valid, lastProjectPath: '/p\u0000.json' })],
  ])('falls back to the defaults when the file is %s', async (_what, content) => {
    if (content !== null) await writeFile(path, content);
    await expect(readSettings(path)).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('reads the file it writes in the documented shape', async () => {
    await writeSettings(path, { lastProjectPath: '/p.json' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(valid);
  });

  it('refuses to write a relative path and keeps the old file', async () => {
    await writeSettings(path, { lastProjectPath: '/p.json' });
    await expect(writeSettings(path, { lastProjectPath: 'relative.json' })).rejects.toThrow(
      /absolute/,
    );
    await expect(readSettings(path)).resolves.toEqual({ lastProjectPath: '/p.json' });
  });
});
