import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../../core/io/project-file';
import {
  backupPath,
  defaultProjectPath,
  loadProject,
  saveProjectAtomic,
  type StoreFs,
} from '../../../electron/store/project-store';
import { sampleProject } from '../../core/io/fixtures';

const fs: StoreFs = nodeFs;
let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-store-'));
  path = join(dir, 'project.corroborate.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function named(name: string) {
  return { ...sampleProject(), name };
}

describe('project store', () => {
  it('saves and loads a project', async () => {
    expect(await saveProjectAtomic(fs, path, named('one'))).toEqual({ ok: true, value: {} });
    expect(await loadProject(fs, path)).toEqual({ ok: true, value: named('one') });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(named('one')));
  });

  it('creates the folder and leaves no temp files behind', async () => {
    const nested = join(dir, 'projects', 'deep', 'p.json');
    expect((await saveProjectAtomic(fs, nested, named('one'))).ok).toBe(true);
    expect(await readdir(join(dir, 'projects', 'deep'))).toEqual(['p.json']);
  });

  it('keeps three rolling backups of the previous good file', async () => {
    for (const name of ['v1', 'v2', 'v3', 'v4', 'v5']) {
      expect((await saveProjectAtomic(fs, path, named(name))).ok).toBe(true);
    }
    const nameIn = async (file: string) =>
      (JSON.parse(await readFile(file, 'utf8')) as { name: string }).name;
    expect(await nameIn(path)).toBe('v5');
    expect(await nameIn(backupPath(path, 1))).toBe('v4');
    expect(await nameIn(backupPath(path, 2))).toBe('v3');
    expect(await nameIn(backupPath(path, 3))).toBe('v2');
    expect((await readdir(dir)).sort()).toHaveLength(4);
  });

  it.each([
    ['corrupt', '{"schemaVersion": 1, "id": "p1", "na', /not valid JSON/],
    [
      'newer version',
      JSON.stringify({ schemaVersion: 2, id: 'p1', future: true }),
      /newer version of Corroborate \(schema 2/,
    ],
    [
      'wrong field',
      serializeProject(sampleProject()).replace('"claims": [', '"claims": 3, "x": ['),
      /claims/,
    ],
  ])(
    'a %s file is reported and never overwritten, on load or on save',
    async (_name, content, message) => {
      await writeFile(path, content, 'utf8');
      const before = await readFile(path);
      const loaded = await loadProject(fs, path);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.error).toMatch(message);
      expect(await readFile(path)).toEqual(before);
      const saved = await saveProjectAtomic(fs, path, named('new'));
      expect(saved.ok).toBe(false);
      if (!saved.ok) expect(saved.error).toMatch(/Not saved: .* left as it is/);
      expect(await readFile(path)).toEqual(before);
      expect(await readdir(dir)).toEqual(['project.corroborate.json']);
    },
  );

  it('overwrites an unreadable file only when told to, after keeping its bytes aside', async () => {
    await saveProjectAtomic(fs, path, named('good'));
    await saveProjectAtomic(fs, path, named('good, edited'));
    await writeFile(path, 'garbage from a newer version', 'utf8');
    const now = () => new Date('2024-07-01T12:00:00.500Z');
    const saved = await saveProjectAtomic(fs, path, named('new'), {
      overwriteUnreadable: true,
      now,
    });
    const aside = `${path}.unreadable-20240701T120000Z`;
    expect(saved).toEqual({ ok: true, value: { keptAside: aside } });
    expect(await readFile(aside, 'utf8')).toBe('garbage from a newer version');
    expect(await loadProject(fs, path)).toMatchObject({ ok: true, value: { name: 'new' } });
    // The backup still holds the last good project, never the unreadable file.
    expect(await loadProject(fs, backupPath(path, 1))).toMatchObject({
      ok: true,
      value: { name: 'good' },
    });

    // A second one in the same second gets a name of its own; nothing kept aside is replaced.
    await writeFile(path, 'more garbage', 'utf8');
    const again = await saveProjectAtomic(fs, path, named('newer'), {
      overwriteUnreadable: true,
      now,
    });
    expect(again).toEqual({ ok: true, value: { keptAside: `${aside}-2` } });
    expect(await readFile(aside, 'utf8')).toBe('garbage from a newer version');
    expect(await readFile(`${aside}-2`, 'utf8')).toBe('more garbage');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('points to the newest good backup when the file is damaged', async () => {
    await saveProjectAtomic(fs, path, named('v1'));
    await saveProjectAtomic(fs, path, named('v2'));
    await writeFile(path, '{ broken', 'utf8');
    const loaded = await loadProject(fs, path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toContain(`${path}.bak1`);
  });

  it('reports a missing file', async () => {
    const loaded = await loadProject(fs, join(dir, 'none.json'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/There is no project at/);
  });

  it('keeps the previous file when writing fails', async () => {
    await saveProjectAtomic(fs, path, named('v1'));
    const before = await readFile(path);
    const failing: StoreFs = {
      ...fs,
      open: async (p, flags) => {
        const handle = await nodeFs.open(p, flags);
        return {
          writeFile: () =>
            Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const saved = await saveProjectAtomic(failing, path, named('v2'));
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/ENOSPC/) as unknown });
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['project.corroborate.json']);
  });

  it('puts the default project in the user-data folder given by the caller', () => {
    expect(defaultProjectPath('/home/ana/.config/Corroborate')).toBe(
      join('/home/ana/.config/Corroborate', 'projects', 'project.corroborate.json'),
    );
  });
});
