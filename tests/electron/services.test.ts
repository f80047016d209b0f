import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createProject } from '../../core/model/project';
import { throughHandlers } from './through-handlers';
import { createServices, MAX_FILE_BYTES, MAX_HISTORY_CHARS } from '../../electron/ipc/services';

let dir: string;
let saveDialogs: SaveDialogOptions[];
let openDialogs: OpenDialogOptions[];
let saveAnswer: { canceled: boolean; filePath: string };
let openAnswer: { canceled: boolean; filePaths: string[] };

function services() {
  return throughHandlers(
    createServices({
      corpusDir: join(import.meta.dirname, '../../corpus'),
      userDataDir: dir,
      documentsDir: join(dir, 'Documents'),
      showSaveDialog: (options) => {
        saveDialogs.push(options);
        return Promise.resolve(saveAnswer);
      },
      showOpenDialog: (options) => {
        openDialogs.push(options);
        return Promise.resolve(openAnswer);
      },
      createReportWindow: () => {
        throw new Error('These tests open no report window (see report-pdf.test.ts).');
      },
    }),
  );
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-services-'));
  saveDialogs = [];
  openDialogs = [];
  saveAnswer = { canceled: true, filePath: '' };
  openAnswer = { canceled: true, filePaths: [] };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const project = createProject({ id: 'p1', name: 'Kabul airport', now: '2024-07-01T00:00:00Z' });

describe('project channels', () => {
  it('loadProject says "none" before the first save, then loads what was saved', async () => {
    const api = services();
    await expect(api.loadProject()).resolves.toMatchObject({ status: 'none' });
    await api.saveProject(project);
    await expect(api.loadProject()).resolves.toMatchObject({ status: 'loaded', project });
  });

  it('a damaged project file is an error and is not overwritten', async () => {
    const api = services();
    await api.saveProject(project);
    const path = join(dir, 'projects', 'project.corroborate.json');
    await writeFile(path, '{ not json');
    await expect(api.loadProject()).resolves.toMatchObject({ status: 'error' });
    await expect(api.saveProject(project)).rejects.toThrow(/Not saved/);
    expect(await readFile(path, 'utf8')).toBe('{ not json');
  });

  it.each([
    ['null', null],
    ['a string', 'project'],
    ['an object that is not a project', { id: 'x' }],
  ])('saveProject refuses %s from the renderer', async (_what, value) => {
    await expect(services().saveProject(value as never)).rejects.toThrow(/[Nn]ot saved|refused/);
  });
});

describe('leftover temp files of a killed save', () => {
  const DEAD_PID = 99_999_999;

  /** Writes `names` into `folder`, ten seconds old (past the grace, well short of "stale"). */
  async function leftovers(folder: string, names: string[]): Promise<void> {
    await mkdir(folder, { recursive: true });
    const at = (Date.now() - 10_000) / 1000;
    for (const name of names) {
      await writeFile(join(folder, name), 'partial');
      await utimes(join(folder, name), at, at);
    }
  }

  it('are removed beside the project and its history when the project is loaded', async () => {
    const folder = join(dir, 'projects');
    const api = services();
    await api.saveProject(project);
    await leftovers(folder, [
      `.project.corroborate.json.${DEAD_PID}.4.tmp`,
      `.project.corroborate.json.history.json.${DEAD_PID}.9.tmp`,
      `.project.corroborate.json.${process.pid}.77.tmp`, // this process may be writing it
      'notes.tmp',
    ]);
    await expect(api.loadProject()).resolves.toMatchObject({ status: 'loaded', project });
    expect((await readdir(folder)).sort()).toEqual([
      `.project.corroborate.json.${process.pid}.77.tmp`,
      'notes.tmp',
      'project.corroborate.json',
      'project.corroborate.json.lock',
    ]);
  });

  it('are removed beside a project that File > Open makes current, and only there', async () => {
    const api = services();
    await api.saveProject(project);
    const other = join(dir, 'elsewhere');
    await leftovers(other, [`.kabul.json.${DEAD_PID}.1.tmp`, `.unrelated.json.${DEAD_PID}.1.tmp`]);
    await writeFile(
      join(other, 'kabul.json'),
      await readFile(join(dir, 'projects', 'project.corroborate.json')),
    );
    openAnswer = { canceled: false, filePaths: [join(other, 'kabul.json')] };
    await expect(api.openProject()).resolves.toMatchObject({ status: 'loaded' });
    expect((await readdir(other)).sort()).toEqual([
      `.unrelated.json.${DEAD_PID}.1.tmp`,
      'kabul.json',
      'kabul.json.lock',
    ]);
  });
});

describe('undo history channels', () => {
  it('is null before the first save, then returns what was stored', async () => {
    const api = services();
    await expect(api.loadUndoHistory()).resolves.toBeNull();
    await api.saveUndoHistory('{"entries":[]}');
    await api.saveUndoHistory('{"entries":[1]}');
    await expect(api.loadUndoHistory()).resolves.toBe('{"entries":[1]}');
  });

  it.each([
    ['not text', { a: 1 }, /history:save .*argument 1: .*expected string/],
    ['too large', 'x'.repeat(MAX_HISTORY_CHARS + 1), /undo history is too large/],
  ])('refuses a history that is %s', async (_what, value, error) => {
    await expect(services().saveUndoHistory(value as never)).rejects.toThrow(error);
  });
});

describe('saveFile', () => {
  it.each([
    ['export.json', 'export.json', ['json']],
    ['../../etc/passwd', 'passwd', []],
    ['C:\\Users\\x\\evil.csv', 'evil.csv', ['csv']],
  ])('suggests %s as the bare name %s in the dialog', async (suggested, shown, extensions) => {
    await services().saveFile(suggested, 'text', 'text/plain');
    expect(saveDialogs[0]?.defaultPath).toBe(shown);
    expect(saveDialogs[0]?.filters?.flatMap((filter) => filter.extensions)).toEqual(extensions);
  });

  // Renderer-given names are only a dialog's default: never a folder, a drive or "..", so the
  // dialog opens in its own folder and the file goes only where the analyst then chose.
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\x', 'x'],
    ['/etc/passwd', 'passwd'],
    ['/', 'export'],
    ['C:\\Windows\\system32\\evil.dll', 'evil.dll'],
    ['\\\\server\\share\\evil.csv', 'evil.csv'],
    ['C:evil.txt', 'Cevil.txt'],
    ['..', 'export'],
    ['.', 'export'],
    [' .. ', 'export'],
    ['a\u0000b.json', 'ab.json'],
    ['report.json\u0000/../../../etc/passwd', 'passwd'],
    ['x\u0000..', 'x..'],
    ['..\u0000', 'export'],
    ['con<>:"|?*.txt', 'con.txt'],
  ])('traversal: %j stays a bare name (%j) in the chosen folder', async (suggested, shown) => {
    const chosenFolder = join(dir, 'chosen');
    await mkdir(chosenFolder);
    const api = services();
    await api.saveFile(suggested, 'text', 'text/plain');
    const defaultPath = saveDialogs[0]?.defaultPath ?? '';
    expect(defaultPath).toBe(shown);
    expect(dirname(defaultPath)).toBe('.');
    expect(basename(defaultPath)).toBe(defaultPath);
    expect(dirname(join(chosenFolder, defaultPath))).toBe(chosenFolder);
    // The analyst accepts the default in the folder the dialog showed: exactly that file is
    // written, and nothing anywhere else.
    saveAnswer = { canceled: false, filePath: join(chosenFolder, defaultPath) };
    await expect(api.saveFile(suggested, 'text', 'text/plain')).resolves.toBe(true);
    expect(await readdir(chosenFolder)).toEqual([shown]);
    expect((await readdir(dir)).sort()).toEqual(['chosen']);
  });

  it('writes where the analyst chose, and returns false when cancelled', async () => {
    await expect(services().saveFile('a.json', '{}', 'application/json')).resolves.toBe(false);
    saveAnswer = { canceled: false, filePath: join(dir, 'chosen.json') };
    await expect(services().saveFile('a.json', '{"a":1}', 'application/json')).resolves.toBe(true);
    expect(await readFile(join(dir, 'chosen.json'), 'utf8')).toBe('{"a":1}');
  });

  it('replaces an existing export atomically: by rename, with no temp file left', async () => {
    const target = join(dir, 'claims.csv');
    await writeFile(target, 'old,export\n');
    // A second name for the old file's bytes: an in-place write would change them too.
    await link(target, join(dir, 'old-link.csv'));
    saveAnswer = { canceled: false, filePath: target };
    await expect(services().saveFile('claims.csv', 'new,export\n', 'text/csv')).resolves.toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new,export\n');
    expect(await readFile(join(dir, 'old-link.csv'), 'utf8')).toBe('old,export\n');
    expect((await readdir(dir)).sort()).toEqual(['claims.csv', 'old-link.csv']);
  });

  it('leaves the chosen file as it was when the write fails', async () => {
    // The chosen "file" is a folder: the rename fails, the folder and its content are untouched.
    const target = join(dir, 'taken.csv');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep');
    saveAnswer = { canceled: false, filePath: target };
    await expect(services().saveFile('taken.csv', 'a,b\n', 'text/csv')).rejects.toThrow();
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).sort()).toEqual(['taken.csv']);
  });

  it.each([
    ['an empty name', '', 'x', 'text/plain'],
    ['a non-string name', 42, 'x', 'text/plain'],
    ['non-text content', 'a.txt', { a: 1 }, 'text/plain'],
    ['a non-string MIME type', 'a.txt', 'x', null],
  ])('refuses %s without opening a dialog', async (_what, name, text, mime) => {
    await expect(
      services().saveFile(name as never, text as never, mime as never),
    ).rejects.toThrow();
    expect(saveDialogs).toEqual([]);
  });
});

describe('openBinaryFile', () => {
  it('reads the chosen file as bytes, unchanged', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80]);
    await writeFile(join(dir, 'in.pdf'), bytes);
    openAnswer = { canceled: false, filePaths: [join(dir, 'in.pdf')] };
    const picked = await services().openBinaryFile(['.pdf']);
    expect(picked?.name).toBe('in.pdf');
    expect([...(picked?.bytes ?? [])]).toEqual([...bytes]);
    expect(openDialogs[0]?.filters).toEqual([{ name: 'Supported files', extensions: ['pdf'] }]);
  });

  it('returns null when cancelled and refuses a file above the limit', async () => {
    await expect(services().openBinaryFile(['.pdf'])).resolves.toBeNull();
    const big = join(dir, 'big.pdf');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    openAnswer = { canceled: false, filePaths: [big] };
    await expect(services().openBinaryFile(['.pdf'])).rejects.toThrow(/limit/);
  });
});

describe('openFile', () => {
  it('offers only the extensions asked for (MIME types ignored) and reads the chosen file', async () => {
    await writeFile(join(dir, 'in.json'), '{"ok":true}');
    openAnswer = { canceled: false, filePaths: [join(dir, 'in.json')] };
    await expect(services().openFile(['.json', 'application/json'])).resolves.toEqual({
      name: 'in.json',
      text: '{"ok":true}',
    });
    expect(openDialogs[0]?.filters).toEqual([{ name: 'Supported files', extensions: ['json'] }]);
  });

  it('returns null when cancelled', async () => {
    await expect(services().openFile(['.md'])).resolves.toBeNull();
  });

  it('refuses a file above the size limit', async () => {
    const big = join(dir, 'big.md');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    openAnswer = { canceled: false, filePaths: [big] };
    await expect(services().openFile(['.md'])).rejects.toThrow(/limit/);
  });

  it.each([
    ['not a list', '.json'],
    ['a list of non-strings', [1, 2]],
  ])('refuses an accept that is %s', async (_what, accept) => {
    await expect(services().openFile(accept as never)).rejects.toThrow(
      /IPC refused: invalid arguments for file:open .*expected (array|string)/,
    );
    expect(openDialogs).toEqual([]);
  });
});

describe('listCorpus channel', () => {
  it('reads the repo corpus', async () => {
    const listing = await services().listCorpus();
    expect(listing.sources.length).toBeGreaterThan(0);
    expect(listing.problems).toEqual([]);
  });
});
