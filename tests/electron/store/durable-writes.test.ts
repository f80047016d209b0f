// Durability of the store: the folder is fsynced after each rename, backups are made atomically
// (a failure at any step of the rotation leaves every file complete), exports replace by rename.
import * as nodeFs from 'node:fs/promises';
import { link, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProject } from '../../../core/io/project-file';
import { writeTextAtomic } from '../../../electron/store/atomic-text';
import {
  backupPath,
  BACKUP_COUNT,
  saveProjectAtomic,
  type StoreFs,
} from '../../../electron/store/project-store';
import { syncFolder, type SyncableHandle } from '../../../electron/store/sync-folder';
import { sampleProject } from '../../core/io/fixtures';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-durable-'));
  path = join(dir, 'project.corroborate.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const named = (name: string) => ({ ...sampleProject(), name });
const failure = (code: string) => Object.assign(new Error(code), { code });

describe('syncFolder', () => {
  type Case = [
    string,
    NodeJS.Platform,
    string | null,
    string | null,
    'resolves' | 'rejects',
    number,
  ];
  it.each<Case>([
    ['flushes the folder', 'linux', null, null, 'resolves', 1],
    ['skips Windows, which cannot open a folder', 'win32', null, null, 'resolves', 0],
    [
      'skips a file system that cannot open a folder (EISDIR)',
      'linux',
      'EISDIR',
      null,
      'resolves',
      0,
    ],
    ['skips a share that refuses the open (EPERM)', 'linux', 'EPERM', null, 'resolves', 0],
    ['skips a file system without folder fsync (EINVAL)', 'darwin', null, 'EINVAL', 'resolves', 1],
    ['reports a failed open (EIO)', 'linux', 'EIO', null, 'rejects', 0],
    ['reports a failed flush (EIO)', 'linux', null, 'EIO', 'rejects', 1],
  ])('%s', async (_what, platform, openError, syncError, outcome, closes) => {
    const calls: string[] = [];
    const handle: SyncableHandle = {
      sync: () => {
        calls.push('sync');
        return syncError ? Promise.reject(failure(syncError)) : Promise.resolve();
      },
      close: () => {
        calls.push('close');
        return Promise.resolve();
      },
    };
    const open = (target: string, flags: 'r') => {
      calls.push(`open ${target} ${flags}`);
      return openError ? Promise.reject(failure(openError)) : Promise.resolve(handle);
    };
    const done = syncFolder(open, '/projects', platform);
    if (outcome === 'resolves') await expect(done).resolves.toBeUndefined();
    else await expect(done).rejects.toThrow(openError ?? syncError ?? 'never');
    expect(calls.filter((call) => call === 'close')).toHaveLength(closes);
    if (platform === 'win32') expect(calls).toEqual([]);
  });

  it('flushes a real folder', async () => {
    await expect(syncFolder(nodeFs.open, dir)).resolves.toBeUndefined();
  });
});

/** The node fs, recording every open, copy and rename in order. */
function recordingFs(log: string[], failAt?: (step: string) => boolean): StoreFs {
  const step = (name: string) => {
    log.push(name);
    if (failAt?.(name)) throw failure('EIO');
  };
  const short = (p: string) =>
    p === dir ? '<folder>' : p.startsWith(`${dir}/.`) ? '<temp>' : p.slice(dir.length + 1);
  return {
    ...nodeFs,
    open: async (p, flags) => {
      step(`open ${short(p)} ${flags}`);
      return nodeFs.open(p, flags);
    },
    copyFile: async (from, to, mode) => {
      step(`copy ${short(from)} -> ${short(to)}`);
      return nodeFs.copyFile(from, to, mode);
    },
    rename: async (from, to) => {
      step(`rename ${short(from)} -> ${short(to)}`);
      return nodeFs.rename(from, to);
    },
  };
}

describe('saveProjectAtomic: order of the durable steps', () => {
  it('writes and flushes the new version, backs up atomically, renames, then flushes the folder', async () => {
    await saveProjectAtomic(nodeFs, path, named('v1'));
    const log: string[] = [];
    expect((await saveProjectAtomic(recordingFs(log), path, named('v2'))).ok).toBe(true);
    const file = 'project.corroborate.json';
    expect(log).toEqual([
      'open <temp> wx',
      `copy ${file} -> <temp>`,
      'open <temp> r+',
      `rename ${file}.bak2 -> ${file}.bak3`,
      `rename ${file}.bak1 -> ${file}.bak2`,
      `rename <temp> -> ${file}.bak1`,
      `rename <temp> -> ${file}`,
      'open <folder> r',
    ]);
  });
});

describe('backup rotation interrupted at each step', () => {
  const steps = [
    ['copying the current file', (s: string) => s.startsWith('copy')],
    ['flushing the copy', (s: string) => s.endsWith('r+')],
    ['shifting .bak1 to .bak2', (s: string) => /bak1 -> .*bak2/.test(s)],
    ['renaming the copy to .bak1', (s: string) => /<temp> -> .*bak1$/.test(s)],
  ] as const;

  it.each(steps)(
    'a failure while %s keeps the project, leaves every backup complete and no temp file',
    async (_what, failAt) => {
      for (const name of ['v1', 'v2', 'v3', 'v4'])
        await saveProjectAtomic(nodeFs, path, named(name));
      const saved = await saveProjectAtomic(recordingFs([], failAt), path, named('v5'));
      expect(saved.ok).toBe(false);
      expect(parseProject(await readFile(path, 'utf8'))).toMatchObject({
        ok: true,
        value: { name: 'v4' },
      });
      const names = await readdir(dir);
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      for (let n = 1; n <= BACKUP_COUNT; n += 1) {
        if (!names.includes(`project.corroborate.json.bak${n}`)) continue;
        expect(parseProject(await readFile(backupPath(path, n), 'utf8')).ok, `.bak${n}`).toBe(true);
      }
      // The next save goes through and the newest backup is the last good version.
      expect((await saveProjectAtomic(nodeFs, path, named('v5'))).ok).toBe(true);
      expect(parseProject(await readFile(backupPath(path, 1), 'utf8'))).toMatchObject({
        ok: true,
        value: { name: 'v4' },
      });
    },
  );
});

describe('writeTextAtomic (settings, history, exports)', () => {
  it('replaces the file by rename: a hard link to the old file keeps the old bytes', async () => {
    const target = join(dir, 'export.csv');
    await writeTextAtomic(target, 'old,export\n');
    await link(target, join(dir, 'old-link.csv'));
    const before = (await stat(target)).ino;
    await writeTextAtomic(target, 'new,export\n');
    expect(await readFile(target, 'utf8')).toBe('new,export\n');
    expect(await readFile(join(dir, 'old-link.csv'), 'utf8')).toBe('old,export\n');
    expect((await stat(target)).ino).not.toBe(before);
    expect((await readdir(dir)).sort()).toEqual(['export.csv', 'old-link.csv']);
  });
});
