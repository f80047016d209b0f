// One writer per project: the lock file itself (store/project-lock.ts), then two app instances
// through the IPC handlers, the second of which must never write the first one's project.
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/io/project-file';
import { createProject } from '../../core/model/project';
import { createServices } from '../../electron/ipc/services';
import { acquireProjectLock, lockPathFor } from '../../electron/store/project-lock';
import { defaultProjectPath } from '../../electron/store/project-store';
import { throughHandlers } from './through-handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ME = { pid: 1001, host: 'desk' };
const lockText = (owner: object) => `${JSON.stringify(owner)}\n`;

describe('acquireProjectLock', () => {
  it.each([
    ['no lock', true, null, { isAlive: (): boolean => true }],
    ['our own lock', true, lockText({ ...ME, since: 'earlier' }), { isAlive: (): boolean => true }],
    [
      'a live writer on this host',
      false,
      lockText({ pid: 2002, host: 'desk', since: 't' }),
      { isAlive: (): boolean => true },
    ],
    [
      'a dead writer on this host',
      true,
      lockText({ pid: 2002, host: 'desk', since: 't' }),
      { isAlive: (): boolean => false },
    ],
    ['a damaged lock file', true, '{"pid": 20', { isAlive: (): boolean => true }],
    ['a lock with fields missing', true, lockText({ pid: 2002 }), { isAlive: (): boolean => true }],
    [
      'an empty lock another instance is filling',
      false,
      '',
      { isAlive: (): boolean => true, fresh: true },
    ],
    [
      'a writer on another host (never guessed dead)',
      false,
      lockText({ pid: 2002, host: 'laptop', since: 't' }),
      { isAlive: (): boolean => false },
    ],
  ])('%s: taken = %s', async (_what, taken, existing, options) => {
    const project = join(dir, 'p.json');
    const now = new Date('2024-07-01T12:00:00Z');
    if (existing !== null) {
      await writeFile(lockPathFor(project), existing);
      // A minute old, unless the case is a lock written this very second.
      const at = (now.getTime() - ('fresh' in options ? 1_000 : 60_000)) / 1000;
      await utimes(lockPathFor(project), at, at);
    }
    const lock = await acquireProjectLock(project, { ...ME, ...options, now: () => now });
    expect(lock.ok).toBe(taken);
    if (existing === '') {
      expect(!lock.ok && lock.error).toMatch(/being opened by another Corroborate right now/);
      return;
    }
    const stored = JSON.parse(await readFile(lockPathFor(project), 'utf8')) as { pid: number };
    if (taken) expect(stored).toMatchObject(ME);
    else {
      expect(stored.pid).toBe(2002);
      if (!lock.ok) {
        expect(lock.error).toMatch(/open in another Corroborate \(process 2002 on (desk|laptop)/);
        expect(lock.error).toContain(`delete ${lockPathFor(project)}`);
      }
    }
  });

  it('release removes our lock but never one another writer took over meanwhile', async () => {
    const project = join(dir, 'p.json');
    const lock = await acquireProjectLock(project, ME);
    if (!lock.ok) throw new Error(lock.error);
    await writeFile(lockPathFor(project), lockText({ pid: 3003, host: 'desk', since: 't' }));
    await lock.value.release();
    lock.value.releaseSync();
    expect(await readdir(dir)).toEqual(['p.json.lock']);
    await rm(lockPathFor(project));
    const again = await acquireProjectLock(project, ME);
    if (!again.ok) throw new Error(again.error);
    again.value.releaseSync();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a second instance', () => {
  const docs = () => join(dir, 'Documents');
  let saveAnswers: string[];
  let openAnswers: string[];
  const instance = (pid: number) => {
    const services = createServices({
      corpusDir: join(import.meta.dirname, '../../corpus'),
      userDataDir: dir,
      documentsDir: docs(),
      showSaveDialog: () => {
        const filePath = saveAnswers.shift();
        return Promise.resolve({ canceled: filePath === undefined, filePath: filePath ?? '' });
      },
      showOpenDialog: () => {
        const filePath = openAnswers.shift();
        return Promise.resolve({ canceled: !filePath, filePaths: filePath ? [filePath] : [] });
      },
      createReportWindow: () => {
        throw new Error('no report window here');
      },
      warn: () => undefined,
      lock: { pid, host: 'desk', isAlive: (): boolean => true },
    });
    return { api: throughHandlers(services), services };
  };
  const named = (name: string) => createProject({ id: 'p1', name, now: '2024-07-01T00:00:00Z' });
  const project = () => defaultProjectPath(dir);

  beforeEach(async () => {
    await mkdir(docs());
    saveAnswers = [];
    openAnswers = [];
  });

  it('is told who holds the project and writes nothing, whichever way it tries', async () => {
    const first = instance(1001);
    await first.api.loadProject();
    await first.api.saveProject(named('first'));
    const bytes = await readFile(project(), 'utf8');
    const second = instance(2002).api;
    const held = /open in another Corroborate \(process 1001 on desk/;

    const load = await second.loadProject();
    expect(load).toMatchObject({ status: 'error', location: project() });
    expect(load.status === 'error' && load.error).toMatch(held);
    await expect(second.saveProject(named('second'))).rejects.toThrow(held);
    await expect(second.saveUndoHistory('{"h":2}')).rejects.toThrow(held);
    openAnswers = [project()];
    await expect(second.openProject()).resolves.toMatchObject({ status: 'error' });
    saveAnswers = [project()];
    await expect(second.newProject()).resolves.toMatchObject({ status: 'error' });
    saveAnswers = [project()];
    await expect(second.saveProjectAs(named('second'))).rejects.toThrow(held);

    expect(await readFile(project(), 'utf8')).toBe(bytes);
    expect((await readdir(join(dir, 'projects'))).sort()).toEqual([
      'project.corroborate.json',
      'project.corroborate.json.lock',
    ]);
  });

  it('can write once the first instance has moved to another project, or quits', async () => {
    const first = instance(1001);
    await first.api.saveProject(named('first'));
    const elsewhere = join(docs(), 'elsewhere.json');
    await writeFile(elsewhere, serializeProject(named('elsewhere')));
    openAnswers = [elsewhere];
    await expect(first.api.openProject()).resolves.toMatchObject({ status: 'loaded' });
    // The default project's lock went with the switch; the new one is held.
    expect(await readdir(join(dir, 'projects'))).toEqual(['project.corroborate.json']);
    // The second instance starts on the remembered project, which the first one holds ...
    const second = instance(2002).api;
    await expect(second.loadProject()).resolves.toMatchObject({
      status: 'error',
      location: elsewhere,
    });
    // ... and can open the default project, which nobody holds any more.
    openAnswers = [project()];
    await expect(second.openProject()).resolves.toMatchObject({ status: 'loaded' });
    await expect(second.saveProject(named('second'))).resolves.toBeUndefined();
    first.services.releaseLocks();
    expect(await readdir(docs())).toEqual(['elsewhere.json']);
    openAnswers = [elsewhere];
    await expect(second.openProject()).resolves.toMatchObject({ status: 'loaded' });
  });
});
