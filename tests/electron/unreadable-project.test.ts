// A project this version cannot read (damaged, or saved by a newer Corroborate) is never written
// over, on the desktop, whatever the analyst does next: autosaves, New, Open, a restart. Its bytes
// and its backups stay as they were, and the analyst is told the file's name.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/io/project-file';
import { createProject } from '../../core/model/project';
import { createServices } from '../../electron/ipc/services';
import { backupPath, defaultProjectPath } from '../../electron/store/project-store';
import { throughHandlers } from './through-handlers';

let dir: string;
let saveAnswers: string[];
let openAnswers: string[];
let confirmAnswers: boolean[];
let questions: string[];

function app() {
  return throughHandlers(
    createServices({
      corpusDir: join(import.meta.dirname, '../../corpus'),
      userDataDir: dir,
      documentsDir: join(dir, 'Documents'),
      showSaveDialog: () => {
        const filePath = saveAnswers.shift();
        return Promise.resolve({ canceled: filePath === undefined, filePath: filePath ?? '' });
      },
      showOpenDialog: () => {
        const filePath = openAnswers.shift();
        return Promise.resolve({ canceled: !filePath, filePaths: filePath ? [filePath] : [] });
      },
      confirm: (question) => {
        questions.push(question);
        return Promise.resolve(confirmAnswers.shift() ?? false);
      },
      createReportWindow: () => {
        throw new Error('no report window here');
      },
      warn: () => undefined,
    }),
  );
}

const named = (name: string) => createProject({ id: 'p1', name, now: '2024-07-01T00:00:00Z' });

/** The bytes of every file in the projects folder but the lock, to prove nothing changed. */
async function projectFiles(): Promise<Record<string, string>> {
  const folder = join(dir, 'projects');
  const files: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort()) {
    if (!name.endsWith('.lock')) files[name] = await readFile(join(folder, name), 'utf8');
  }
  return files;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-unreadable-'));
  await mkdir(join(dir, 'Documents'));
  saveAnswers = [];
  openAnswers = [];
  confirmAnswers = [];
  questions = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const newer = () =>
  JSON.stringify({
    ...(JSON.parse(serializeProject(named('future'))) as object),
    schemaVersion: 99,
  });

describe.each([
  ['damaged', () => '{ "schemaVersion": 1, "name": "cut o', /not valid JSON/],
  ['saved by a newer version', newer, /newer version of Corroborate/],
  ['not a project at all', () => '[1, 2, 3]', /not a Corroborate project/],
])('a current project that is %s', (_what, content, reason) => {
  it('is reported with its name and kept, through ten autosaves, New, Open and a restart', async () => {
    const path = defaultProjectPath(dir);
    // Two good versions first, so there are backups worth keeping.
    const before = app();
    await before.saveProject(named('good one'));
    await before.saveProject(named('good two'));
    await writeFile(path, content());
    await writeFile(`${path}.history.json`, '{"entries":["its own history"]}');
    const kept = await projectFiles();
    expect(Object.keys(kept)).toEqual([
      'project.corroborate.json',
      'project.corroborate.json.bak1',
      'project.corroborate.json.history.json',
    ]);

    const api = app();
    const load = await api.loadProject();
    expect(load).toMatchObject({ status: 'error', location: path });
    const error = load.status === 'error' ? load.error : '';
    expect(error).toMatch(reason);
    expect(error).toContain(`keeps ${path} exactly as it is`);
    expect(error).toContain(backupPath(path, 1));

    for (let save = 0; save < 10; save += 1) {
      await expect(api.saveProject(named(`edit ${save}`))).rejects.toThrow(/Not saved/);
      await expect(api.saveUndoHistory('{"entries":[]}')).rejects.toThrow(/history is kept/);
    }
    // A restart finds it again, still unread and untouched.
    await expect(app().loadProject()).resolves.toMatchObject({ status: 'error', location: path });
    saveAnswers = [path];
    await expect(api.newProject()).resolves.toMatchObject({ status: 'error' });
    const fresh = join(dir, 'Documents', 'fresh.json');
    saveAnswers = [fresh];
    await expect(api.newProject()).resolves.toEqual({ status: 'none', location: fresh });
    await api.saveProject(named('fresh'));
    await api.saveProject(named('fresh, edited'));
    const other = join(dir, 'Documents', 'other.json');
    await writeFile(other, serializeProject(named('other')));
    openAnswers = [other];
    await expect(api.openProject()).resolves.toMatchObject({ status: 'loaded' });
    await api.saveProject(named('other, edited'));

    expect(await projectFiles()).toEqual(kept);
    // The project it left is still reported, not replaced, if the analyst opens it again.
    openAnswers = [path];
    const reopened = await api.openProject();
    expect(reopened?.status === 'error' && reopened.error).toMatch(reason);
    expect(await projectFiles()).toEqual(kept);
  });
});

describe('File > New onto a project this version cannot read', () => {
  it('asks, and on yes moves it aside untouched under the name it asked with', async () => {
    const path = join(dir, 'Documents', 'future.json');
    await writeFile(path, newer());
    await writeFile(`${path}.history.json`, '{"entries":["its own history"]}');
    const api = app();

    saveAnswers = [path];
    confirmAnswers = [false];
    await expect(api.newProject()).resolves.toMatchObject({ status: 'error' });
    expect(await readFile(path, 'utf8')).toBe(newer());

    saveAnswers = [path];
    confirmAnswers = [true];
    await expect(api.newProject()).resolves.toEqual({ status: 'none', location: path });
    expect(questions).toHaveLength(2);
    const [aside] = (await readdir(join(dir, 'Documents'))).filter((n) =>
      /^future\.json\.unreadable-\d{8}T\d{6}Z$/.test(n),
    );
    expect(aside).toBeDefined();
    expect(questions[1]).toContain(aside);
    expect(questions[1]).toMatch(/newer version of Corroborate/);
    const kept = join(dir, 'Documents', aside!);
    expect(await readFile(kept, 'utf8')).toBe(newer());
    expect(await readFile(`${kept}.history.json`, 'utf8')).toBe('{"entries":["its own history"]}');
    // The new project autosaves in its place; what was moved aside is never written again.
    await api.saveProject(named('fresh'));
    await api.saveProject(named('fresh, edited'));
    expect(await readFile(kept, 'utf8')).toBe(newer());
  });
});
