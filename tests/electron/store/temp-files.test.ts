// Leftover temp files of atomic writes: which are removed, which are kept, against a temp folder.
import * as nodeFs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cleanStaleTemps,
  ORPHAN_GRACE_MS,
  processIsAlive,
  STALE_TEMP_MS,
  tempFileWriterPid,
  tempPathFor,
  type TempFs,
} from '../../../electron/store/temp-files';

const fs: TempFs = nodeFs;
const NOW = Date.parse('2024-07-01T12:00:00Z');
const DEAD = 4_000_001;
const ALIVE = 4_000_002;
const isAlive = (pid: number) => pid !== DEAD;

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-temps-'));
  path = join(dir, 'project.corroborate.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Creates `name` in the folder with its mtime `ageMs` before NOW. */
async function file(name: string, ageMs: number): Promise<void> {
  await writeFile(join(dir, name), 'partial');
  const at = (NOW - ageMs) / 1000;
  await utimes(join(dir, name), at, at);
}

const tmp = (pid: number, n = 1) => `.project.corroborate.json.${pid}.${n}.tmp`;

describe('cleanStaleTemps: the writer and the age decide', () => {
  it.each([
    ['a dead writer, past the grace', tmp(DEAD), ORPHAN_GRACE_MS, true],
    ['a dead writer, long ago', tmp(DEAD, 7), STALE_TEMP_MS * 3, true],
    ['a dead writer, just now (maybe a writer on another host)', tmp(DEAD), 1000, false],
    ['a live writer, just now (a save in progress)', tmp(ALIVE), 1000, false],
    ['a live writer, a minute ago', tmp(ALIVE), 60_000, false],
    ['a live pid, older than STALE_TEMP_MS (pid reused)', tmp(ALIVE), STALE_TEMP_MS, true],
    ['this process, just now', tmp(process.pid), 100, false],
    ['a mtime in the future (clock skew)', tmp(DEAD), -60_000, false],
  ])('%s: removed %s', async (_what, name, ageMs, removed) => {
    await file(name, ageMs);
    expect(await cleanStaleTemps(fs, path, { now: NOW, isAlive })).toEqual(removed ? [name] : []);
    expect(await readdir(dir)).toEqual(removed ? [] : [name]);
  });
});

describe('cleanStaleTemps: only the store own temp names of this target', () => {
  it.each([
    'project.corroborate.json',
    'project.corroborate.json.bak1',
    'project.corroborate.json.history.json',
    `project.corroborate.json.${DEAD}.1.tmp`, // no leading dot
    `.project.corroborate.json.${DEAD}.tmp`, // no counter
    `.project.corroborate.json.${DEAD}.1.tmp.bak`,
    `.project.corroborate.json.x${DEAD}.1.tmp`,
    `.project.corroborate.json.${DEAD}.1.TMP`,
    `.project.corroborate.json.history.json.${DEAD}.1.tmp`, // the history's, not the project's
    `.other.corroborate.json.${DEAD}.1.tmp`, // another project's
    `.projectXcorroborate.json.${DEAD}.1.tmp`, // "." in the name is not a wildcard
    `..project.corroborate.json.${DEAD}.1.tmp`,
    'notes.tmp',
    '.tmp',
  ])('keeps %j', async (name) => {
    await file(name, STALE_TEMP_MS * 10);
    expect(await cleanStaleTemps(fs, path, { now: NOW, isAlive })).toEqual([]);
    expect(await readdir(dir)).toEqual([name]);
  });

  it('keeps a folder named like a temp file', async () => {
    await mkdir(join(dir, tmp(DEAD)));
    await utimes(join(dir, tmp(DEAD)), 0, 0);
    expect(await cleanStaleTemps(fs, path, { now: NOW, isAlive })).toEqual([]);
    expect(await readdir(dir)).toEqual([tmp(DEAD)]);
  });

  it('matches names with characters that mean something in a regular expression', async () => {
    const odd = join(dir, 'a+b (1) [x]$.json');
    const name = `.${basename(odd)}.${DEAD}.3.tmp`;
    await file(name, STALE_TEMP_MS);
    await file(`.a+b (1) [x]$.jsonX.${DEAD}.3.tmp`, STALE_TEMP_MS);
    expect(await cleanStaleTemps(fs, odd, { now: NOW, isAlive })).toEqual([name]);
  });

  it('cleans the history sidecar only when asked for that target', async () => {
    const history = `${path}.history.json`;
    const name = `.project.corroborate.json.history.json.${DEAD}.1.tmp`;
    await file(name, STALE_TEMP_MS);
    expect(await cleanStaleTemps(fs, path, { now: NOW, isAlive })).toEqual([]);
    expect(await cleanStaleTemps(fs, history, { now: NOW, isAlive })).toEqual([name]);
  });

  it('removes every stale one and keeps the rest in one pass', async () => {
    await file(tmp(DEAD, 1), ORPHAN_GRACE_MS * 2);
    await file(tmp(DEAD, 2), ORPHAN_GRACE_MS * 2);
    await file(tmp(ALIVE, 3), 500);
    await file('project.corroborate.json', STALE_TEMP_MS * 2);
    const removed = await cleanStaleTemps(fs, path, { now: NOW, isAlive });
    expect(removed.sort()).toEqual([tmp(DEAD, 1), tmp(DEAD, 2)]);
    expect((await readdir(dir)).sort()).toEqual([tmp(ALIVE, 3), 'project.corroborate.json']);
  });

  it('is nothing to do when the folder does not exist', async () => {
    expect(await cleanStaleTemps(fs, join(dir, 'none', 'p.json'))).toEqual([]);
  });

  it('skips a file that vanished in between (another cleanup got there first)', async () => {
    await file(tmp(DEAD), STALE_TEMP_MS);
    const racing: TempFs = {
      ...fs,
      unlink: async (p) => {
        await nodeFs.unlink(p);
        await nodeFs.unlink(p); // ENOENT, as if someone else removed it first
      },
    };
    expect(await cleanStaleTemps(racing, path, { now: NOW, isAlive })).toEqual([]);
  });
});

describe('temp names', () => {
  it('the writers name temps the way the cleanup recognises, with this pid', () => {
    const name = basename(tempPathFor(path));
    expect(tempFileWriterPid(path, name)).toBe(process.pid);
    expect(tempPathFor(path)).not.toBe(tempPathFor(path));
  });

  it('processIsAlive: this process runs, an impossible pid does not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(99_999_999)).toBe(false);
  });
});
