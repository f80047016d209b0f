// File > New / Open / Save As in the main process, against a temp folder and fake dialogs.
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { parseProject, serializeProject } from '../../core/io/project-file';
import { createProject, type Project } from '../../core/model/project';
import { throughHandlers } from './through-handlers';
import { createServices, historyPath, MAX_FILE_BYTES } from '../../electron/ipc/services';
import { defaultProjectPath } from '../../electron/store/project-store';
import { readSettings, settingsPath } from '../../electron/store/settings';

let dir: string;
let docs: string;
let saveDialogs: SaveDialogOptions[];
let openDialogs: OpenDialogOptions[];
/** What the next save / open dialogs answer, in order; an empty queue means "cancelled". */
let saveAnswers: string[];
let openAnswers: string[];
let warnings: string[];

function services() {
  return throughHandlers(
    createServices({
      corpusDir: join(import.meta.dirname, '../../corpus'),
      userDataDir: dir,
      documentsDir: docs,
      showSaveDialog: (options) => {
        saveDialogs.push(options);
        const filePath = saveAnswers.shift();
        return Promise.resolve({ canceled: filePath === undefined, filePath: filePath ?? '' });
      },
      showOpenDialog: (options) => {
        openDialogs.push(options);
        const filePath = openAnswers.shift();
        return Promise.resolve({
          canceled: filePath === undefined,
          filePaths: filePath === undefined ? [] : [filePath],
        });
      },
      warn: (message) => warnings.push(message),
      createReportWindow: () => {
        throw new Error('These tests open no report window (see report-pdf.test.ts).');
      },
    }),
  );
}

/** Every file under the temp folder with its bytes, to prove a call changed nothing. */
async function snapshot(folder = dir): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = await readFile(path, 'utf8');
  }
  return files;
}

const named = (name: string): Project =>
  createProject({ id: 'p1', name, now: '2024-07-01T00:00:00Z' });
const project = named('Kabul airport');
const defaultPath = () => defaultProjectPath(dir);
const nameIn = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as Project).name;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-project-channels-'));
  docs = join(dir, 'Documents');
  await mkdir(docs);
  saveDialogs = [];
  openDialogs = [];
  saveAnswers = [];
  openAnswers = [];
  warnings = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cancelled dialogs', () => {
  it.each([
    ['newProject', (api: ReturnType<typeof services>) => api.newProject()],
    ['openProject', (api: ReturnType<typeof services>) => api.openProject()],
    ['saveProjectAs', (api: ReturnType<typeof services>) => api.saveProjectAs(project)],
  ] as const)('%s returns null and changes nothing', async (_name, call) => {
    const api = services();
    await api.saveProject(named('current'));
    const before = await snapshot();
    await expect(call(api)).resolves.toBeNull();
    expect(saveDialogs.length + openDialogs.length).toBe(1);
    expect(await snapshot()).toEqual(before);
    await expect(api.loadProject()).resolves.toMatchObject({
      status: 'loaded',
      location: defaultPath(),
    });
    expect(warnings).toEqual([]);
  });
});

describe('newProject', () => {
  it('asks "Create project" in Documents and makes the chosen path current', async () => {
    const api = services();
    const chosen = join(docs, 'Beirut.corroborate.json');
    saveAnswers = [chosen];
    await expect(api.newProject()).resolves.toEqual({ status: 'none', location: chosen });
    expect(saveDialogs[0]).toMatchObject({
      title: 'Create project',
      defaultPath: join(docs, 'Untitled.corroborate.json'),
      filters: [{ name: 'Corroborate project', extensions: ['json'] }],
    });
    await expect(api.loadProject()).resolves.toEqual({ status: 'none', location: chosen });
    await api.saveProject(named('Beirut'));
    await api.saveUndoHistory('{"h":1}');
    expect(await nameIn(chosen)).toBe('Beirut');
    expect(await readFile(historyPath(chosen), 'utf8')).toBe('{"h":1}');
    expect(await readSettings(settingsPath(dir))).toEqual({ lastProjectPath: chosen });
  });

  it.each([
    ['a name typed without .json', 'Beirut', 'Beirut.corroborate.json'],
    ['a .json name', 'beirut.JSON', 'beirut.JSON'],
  ])('keeps the project extension for %s', async (_what, typed, expected) => {
    saveAnswers = [join(docs, typed)];
    await expect(services().newProject()).resolves.toEqual({
      status: 'none',
      location: join(docs, expected),
    });
  });

  it('replaces an existing good project the analyst confirmed (it becomes .bak1)', async () => {
    const chosen = join(docs, 'old.json');
    await writeFile(chosen, serializeProject(named('old')));
    const api = services();
    saveAnswers = [chosen];
    await expect(api.newProject()).resolves.toEqual({ status: 'none', location: chosen });
    await api.saveProject(named('new'));
    expect(await nameIn(chosen)).toBe('new');
    expect(await nameIn(`${chosen}.bak1`)).toBe('old');
  });

  it.each([
    ['a damaged file', 'damaged.json', '{ not json', /not valid JSON/],
    ['a folder', 'folder.json', null, /could not be read/],
    ['an existing file the dialog never asked about', 'taken', 'x', /already exists/],
  ])('refuses %s and keeps the current path', async (_what, name, content, error) => {
    const target = join(docs, name === 'taken' ? 'taken.corroborate.json' : name);
    if (content === null) await mkdir(target);
    else await writeFile(target, content);
    const api = services();
    const before = await snapshot();
    saveAnswers = [join(docs, name)];
    const load = await api.newProject();
    expect(load).toMatchObject({ status: 'error', location: target });
    expect(load?.status === 'error' && load.error).toMatch(error);
    expect(await snapshot()).toEqual(before);
    await expect(api.loadProject()).resolves.toMatchObject({ location: defaultPath() });
  });
});

describe('openProject', () => {
  it('loads a project, makes it current, and the next saves go there', async () => {
    const other = join(docs, 'other.json');
    await writeFile(other, serializeProject(named('other')));
    await writeFile(historyPath(other), '{"h":"other"}');
    const api = services();
    await api.saveProject(named('current'));
    openAnswers = [other];
    await expect(api.openProject()).resolves.toEqual({
      status: 'loaded',
      project: named('other'),
      location: other,
    });
    expect(openDialogs[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'Corroborate project', extensions: ['json'] }],
    });
    await expect(api.loadUndoHistory()).resolves.toBe('{"h":"other"}');
    await api.saveProject(named('other, edited'));
    expect(await nameIn(other)).toBe('other, edited');
    expect(await nameIn(defaultPath())).toBe('current');
    expect(await readSettings(settingsPath(dir))).toEqual({ lastProjectPath: other });
  });

  const newer = () => {
    const data = JSON.parse(serializeProject(named('future'))) as Record<string, unknown>;
    return JSON.stringify({ ...data, schemaVersion: 999 });
  };
  it.each([
    ['a damaged file', () => '{ "schemaVersion": 1, "na', /not valid JSON/],
    ['a file from a newer version', newer, /newer version of Corroborate/],
    ['JSON that is not a project', () => '{"claims":[]}', /not a Corroborate project/],
    ['a missing file', null, /no project at/],
  ])(
    'reports %s as an error, keeps the current path and the file bytes',
    async (_what, content, error) => {
      const target = join(docs, 'picked.json');
      if (content) await writeFile(target, content());
      const api = services();
      await api.saveProject(named('current'));
      const before = await snapshot();
      openAnswers = [target];
      const load = await api.openProject();
      expect(load).toMatchObject({ status: 'error', location: target });
      expect(load?.status === 'error' && load.error).toMatch(error);
      expect(await snapshot()).toEqual(before);
      // The current project keeps autosaving where it was.
      await api.saveProject(named('current, edited'));
      expect(await nameIn(defaultPath())).toBe('current, edited');
      if (content) expect(await readFile(target, 'utf8')).toBe(content());
      await expect(readSettings(settingsPath(dir))).resolves.toEqual({ lastProjectPath: null });
    },
  );

  it('reports a file above the size limit without reading it', async () => {
    const big = join(docs, 'big.json');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    openAnswers = [big];
    const api = services();
    await expect(api.openProject()).resolves.toMatchObject({ status: 'error', location: big });
    await expect(api.loadProject()).resolves.toMatchObject({ location: defaultPath() });
  });
});

describe('saveProjectAs', () => {
  it('writes a valid project, switches the path, and carries the undo history', async () => {
    const api = services();
    await api.saveProject(named('draft'));
    await api.saveUndoHistory('{"h":"draft"}');
    const target = join(docs, 'final.json');
    saveAnswers = [target];
    await expect(api.saveProjectAs(named('final'))).resolves.toBe(target);
    expect(saveDialogs[0]?.defaultPath).toBe(join(docs, 'final.corroborate.json'));
    expect(parseProject(await readFile(target, 'utf8'))).toEqual({
      ok: true,
      value: named('final'),
    });
    expect(await readFile(historyPath(target), 'utf8')).toBe('{"h":"draft"}');
    // The next autosave goes to the new file; the old one keeps what it had.
    await api.saveProject(named('final, edited'));
    expect(await nameIn(target)).toBe('final, edited');
    expect(await nameIn(defaultPath())).toBe('draft');
    await expect(api.loadProject()).resolves.toMatchObject({ status: 'loaded', location: target });
    expect(await readSettings(settingsPath(dir))).toEqual({ lastProjectPath: target });
  });

  it('suggests the current file once the project lives outside userData', async () => {
    const api = services();
    const first = join(docs, 'first.json');
    saveAnswers = [first];
    await api.saveProjectAs(project);
    await api.saveProjectAs(project);
    expect(saveDialogs[1]?.defaultPath).toBe(first);
  });

  it.each([
    ['null', null],
    ['a string', 'project'],
    ['an object that is not a project', { id: 'x' }],
    ['a project with a broken claim list', { ...project, claims: 'none' }],
  ])('refuses %s from the renderer without opening a dialog', async (_what, value) => {
    saveAnswers = [join(docs, 'x.json')];
    await expect(services().saveProjectAs(value as never)).rejects.toThrow(
      /IPC refused: invalid arguments for project:save-as/,
    );
    expect(saveDialogs).toEqual([]);
    expect(await snapshot()).toEqual({});
  });

  it.each([
    ['a file this version cannot read', 'damaged.json', 'damaged.json', /cannot read/],
    ['a file the dialog never asked about', 'taken', 'taken.corroborate.json', /already exists/],
  ])('refuses to overwrite %s and keeps the current path', async (_what, typed, file, error) => {
    const target = join(docs, file);
    await writeFile(target, '{ not json');
    const api = services();
    await api.saveProject(named('current'));
    const before = await snapshot();
    saveAnswers = [join(docs, typed)];
    await expect(api.saveProjectAs(project)).rejects.toThrow(error);
    expect(await snapshot()).toEqual(before);
    await expect(api.loadProject()).resolves.toMatchObject({ location: defaultPath() });
  });
});

describe('the last project survives a restart', () => {
  it('a new services instance reopens the project last saved as', async () => {
    const target = join(docs, 'kept.json');
    saveAnswers = [target];
    await services().saveProjectAs(named('kept'));
    await expect(services().loadProject()).resolves.toEqual({
      status: 'loaded',
      project: named('kept'),
      location: target,
    });
  });

  it.each([
    ['no settings file', null],
    ['a corrupt settings file', '{ "format": "corroborate-sett'],
    ['a remembered project that no longer exists', 'missing'],
  ])('falls back to the default project with %s', async (_what, settings) => {
    await services().saveProject(named('default'));
    if (settings === 'missing') {
      const gone = join(docs, 'gone.json');
      saveAnswers = [gone];
      await services().saveProjectAs(named('gone'));
      await rm(gone);
    } else if (settings !== null) {
      await writeFile(settingsPath(dir), settings);
    }
    await expect(services().loadProject()).resolves.toMatchObject({
      status: 'loaded',
      project: named('default'),
      location: defaultPath(),
    });
  });

  it('still switches when the settings cannot be written, and warns', async () => {
    await mkdir(join(settingsPath(dir), 'blocker'), { recursive: true });
    const api = services();
    const chosen = join(docs, 'new.json');
    saveAnswers = [chosen];
    await expect(api.newProject()).resolves.toEqual({ status: 'none', location: chosen });
    await expect(api.loadProject()).resolves.toMatchObject({ location: chosen });
    expect(warnings).toEqual([expect.stringMatching(/could not be remembered/)]);
  });
});
