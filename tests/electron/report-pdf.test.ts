// Report > PDF in the main process: argument checks, the save dialog, printing in the hardened
// report window (fakes) and the atomic write, against a temp folder.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { createServices, MAX_REPORT_BYTES } from '../../electron/ipc/services';
import {
  printReportToPdf,
  REPORT_PDF_OPTIONS,
  REPORT_TIMEOUT_MS,
} from '../../electron/report/print-report';
import { createReportWindow } from '../../electron/window/create-report-window';
import {
  FAKE_PDF,
  FakeBrowserWindow,
  FakeBrowserWindowClass,
  FakeSession,
  FakeWebContents,
} from './fakes';
import { throughHandlers } from './through-handlers';

const HTML =
  '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" ' +
  `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"></head>` +
  '<body><h1>Discrepancy report: Kabul – 170 killed</h1></body></html>';
const defaultPrint = FakeWebContents.print;
const defaultLoad = FakeBrowserWindow.load;

let dir: string;
let temp: string;
let saveDialogs: SaveDialogOptions[];
let saveAnswer: { canceled: boolean; filePath: string };
let warnings: string[];
/** The HTML each report window found in the file it was told to load. */
let loadedHtml: string[];

let reportSession: FakeSession;

function services(timeoutMs?: number) {
  return throughHandlers(
    createServices({
      corpusDir: join(import.meta.dirname, '../../corpus'),
      userDataDir: dir,
      documentsDir: join(dir, 'Documents'),
      showSaveDialog: (options) => {
        saveDialogs.push(options);
        return Promise.resolve(saveAnswer);
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      // The real factory over fakes, so these tests also see the window's settings and guards.
      createReportWindow: (reportFile) =>
        createReportWindow({
          BrowserWindow: FakeBrowserWindowClass,
          session: reportSession.asSession(),
          reportFile,
        }),
      reportTimeoutMs: timeoutMs,
      tempDir: temp,
      warn: (message) => warnings.push(message),
    }),
  );
}

function windows() {
  return FakeBrowserWindow.created;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-report-pdf-'));
  temp = join(dir, 'tmp');
  await mkdir(temp);
  saveDialogs = [];
  saveAnswer = { canceled: true, filePath: '' };
  warnings = [];
  loadedHtml = [];
  reportSession = new FakeSession();
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.load = async (path) => {
    loadedHtml.push(await readFile(path, 'utf8'));
  };
  FakeWebContents.print = defaultPrint;
});
afterEach(async () => {
  FakeBrowserWindow.load = defaultLoad;
  FakeWebContents.print = defaultPrint;
  await rm(dir, { recursive: true, force: true });
});

describe('exportReportPdf: arguments are refused before any dialog or window', () => {
  it.each([
    ['html that is not a string', { html: '<p>' }, 'report.pdf', /argument 1: .*expected string/],
    ['html that is null', null, 'report.pdf', /argument 1: .*expected string/],
    ['empty html', '', 'report.pdf', /non-empty HTML/],
    ['html over the cap', 'x'.repeat(MAX_REPORT_BYTES + 1), 'report.pdf', /20 MB/],
    // Under the cap in UTF-16 code units, over it in UTF-8 bytes (2 bytes per "é").
    ['html over the cap in UTF-8', 'é'.repeat(MAX_REPORT_BYTES / 2 + 1), 'report.pdf', /20 MB/],
    ['a name that is not a string', HTML, 42, /argument 2: .*expected string/],
    ['an empty name', HTML, '', /1 to 255/],
    ['a name over 255 characters', HTML, `${'a'.repeat(256)}.pdf`, /1 to 255/],
  ])('%s', async (_what, html, name, error) => {
    saveAnswer = { canceled: false, filePath: join(dir, 'out.pdf') };
    await expect(services().exportReportPdf(html as never, name as never)).rejects.toThrow(error);
    expect(saveDialogs).toEqual([]);
    expect(windows()).toEqual([]);
  });

  it('accepts html exactly at the cap', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'out.pdf') };
    await expect(services().exportReportPdf('x'.repeat(MAX_REPORT_BYTES), 'report')).resolves.toBe(
      true,
    );
  });
});

describe('exportReportPdf: the save dialog', () => {
  it.each([
    ['report', 'report.pdf'],
    ['Kabul report.PDF', 'Kabul report.pdf'],
    ['kabul.html', 'kabul.html.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Users\\x\\evil.pdf', 'evil.pdf'],
    ['a<b>:c|d?e*"f.pdf', 'abcdef.pdf'],
    ['tab\there\u0000.pdf', 'tabhere.pdf'],
    ['...', 'report.pdf'],
    ['.pdf', 'report.pdf'],
    ['  ', 'report.pdf'],
    ['..\\..\\x', 'x.pdf'],
    ['/etc/passwd', 'passwd.pdf'],
    ['/', 'report.pdf'],
    ['..', 'report.pdf'],
    ['\\\\server\\share\\r.pdf', 'r.pdf'],
    ['C:evil', 'Cevil.pdf'],
    ['a\u0000b', 'ab.pdf'],
    ['r.pdf\u0000/../../etc/passwd', 'passwd.pdf'],
  ])('suggests %j as the bare name %j', async (suggested, shown) => {
    await services().exportReportPdf(HTML, suggested);
    expect(saveDialogs).toHaveLength(1);
    const defaultPath = saveDialogs[0]?.defaultPath ?? '';
    expect(defaultPath).toBe(shown);
    // Only a default for the dialog's own folder: no folder part, so it cannot leave it.
    expect(dirname(defaultPath)).toBe('.');
    expect(basename(defaultPath)).toBe(defaultPath);
    expect(dirname(join(dir, 'chosen', defaultPath))).toBe(join(dir, 'chosen'));
  });

  it('offers PDF only, can create folders and asks before overwriting', async () => {
    await services().exportReportPdf(HTML, 'report.pdf');
    expect(saveDialogs[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(saveDialogs[0]?.properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
  });

  it('answers false when cancelled and creates no window and no file', async () => {
    await expect(services().exportReportPdf(HTML, 'report.pdf')).resolves.toBe(false);
    expect(windows()).toEqual([]);
    expect(await readdir(temp)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['tmp']);
  });

  it('refuses a dialog answer that is not an absolute path', async () => {
    saveAnswer = { canceled: false, filePath: 'relative/out.pdf' };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).rejects.toThrow(/not absolute/);
    expect(windows()).toEqual([]);
  });
});

describe('exportReportPdf: printing and writing', () => {
  it('writes the printed bytes exactly where the dialog said, and destroys the window', async () => {
    const target = join(dir, 'chosen', 'Kabul.pdf');
    saveAnswer = { canceled: false, filePath: target };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).resolves.toBe(true);
    expect(await readFile(target)).toEqual(FAKE_PDF);
    expect(windows()).toHaveLength(1);
    expect(windows()[0]?.destroyed).toBe(true);
    // The window loaded the report as a temporary file holding exactly the HTML; it is gone now.
    expect(loadedHtml).toEqual([HTML]);
    expect(windows()[0]?.loadedFile).toMatch(/report\.html$/);
    expect(windows()[0]?.loadedUrl).toBeNull();
    expect(await readdir(temp)).toEqual([]);
    // No atomic-write temp file is left beside the PDF.
    expect(await readdir(join(dir, 'chosen'))).toEqual(['Kabul.pdf']);
  });

  it('the report session lets the window load its own file and no other file, only while printing', async () => {
    const answers: Record<string, boolean | undefined> = {};
    const ask = (url: string) => {
      let cancel: boolean | undefined;
      reportSession.beforeRequestListener?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    let own = '';
    FakeBrowserWindow.load = (path) => {
      own = pathToFileURL(path).href;
      answers.own = ask(own);
      answers.sibling = ask(new URL('other.html', own).href);
      answers.system = ask('file:///etc/passwd');
      return Promise.resolve();
    };
    saveAnswer = { canceled: false, filePath: join(dir, 'out.pdf') };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).resolves.toBe(true);
    expect(answers).toEqual({ own: false, sibling: true, system: true });
    // Electron emits 'closed' when the printer destroys the window: the file is no longer allowed.
    windows()[0]?.onceListeners.get('closed')?.();
    expect(ask(own)).toBe(true);
  });

  it('a traversal name ends up only in the folder the dialog chose', async () => {
    const api = services();
    await api.exportReportPdf(HTML, '../../../etc/passwd');
    const suggested = saveDialogs[0]?.defaultPath ?? '';
    saveAnswer = { canceled: false, filePath: join(dir, 'chosen', suggested) };
    await expect(api.exportReportPdf(HTML, '../../../etc/passwd')).resolves.toBe(true);
    expect(await readdir(join(dir, 'chosen'))).toEqual(['passwd.pdf']);
    expect((await readdir(dir)).sort()).toEqual(['chosen', 'tmp']);
  });

  it('prints A4 with backgrounds', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'out.pdf') };
    await services().exportReportPdf(HTML, 'report.pdf');
    expect(windows()[0]?.webContents.printOptions).toEqual([REPORT_PDF_OPTIONS]);
    expect(REPORT_PDF_OPTIONS).toMatchObject({ printBackground: true, pageSize: 'A4' });
  });

  it('prints in a window with JavaScript off, sandboxed, without a preload', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'out.pdf') };
    await services().exportReportPdf(HTML, 'report.pdf');
    const preferences = windows()[0]?.options.webPreferences;
    expect(preferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(preferences).not.toHaveProperty('preload');
    expect(windows()[0]?.options.show).toBe(false);
  });

  it('replaces an existing file the analyst confirmed in the dialog', async () => {
    const target = join(dir, 'old.pdf');
    await writeFile(target, 'old');
    saveAnswer = { canceled: false, filePath: target };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).resolves.toBe(true);
    expect(await readFile(target)).toEqual(FAKE_PDF);
  });

  it('adds ".pdf" to a name typed without it', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'typed') };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).resolves.toBe(true);
    expect(await readFile(join(dir, 'typed.pdf'))).toEqual(FAKE_PDF);
  });

  it('refuses to replace a file the dialog never asked about (name typed without ".pdf")', async () => {
    await writeFile(join(dir, 'typed.pdf'), 'keep me');
    saveAnswer = { canceled: false, filePath: join(dir, 'typed') };
    await expect(services().exportReportPdf(HTML, 'report.pdf')).rejects.toThrow(/already exists/);
    expect(await readFile(join(dir, 'typed.pdf'), 'utf8')).toBe('keep me');
    expect(windows()).toEqual([]);
  });

  const never = () => new Promise<never>(() => undefined);
  it.each([
    [
      'the report fails to load',
      () => {
        FakeBrowserWindow.load = () => Promise.reject(new Error('ERR_FAILED (-2)'));
      },
      /could not be loaded for printing \(ERR_FAILED \(-2\)\)/,
      0,
    ],
    [
      'printToPDF fails',
      () => {
        FakeWebContents.print = () => Promise.reject(new Error('Failed to generate PDF'));
      },
      /could not be printed to PDF \(Failed to generate PDF\)/,
      1,
    ],
    [
      'printToPDF never answers (timeout)',
      () => {
        FakeWebContents.print = never;
      },
      /did not finish rendering within 0\.05 s; no PDF was saved/,
      1,
    ],
    [
      'loading never finishes (timeout)',
      () => {
        FakeBrowserWindow.load = never;
      },
      /did not finish rendering within 0\.05 s/,
      0,
    ],
    [
      'printToPDF answers no bytes',
      () => {
        FakeWebContents.print = () => Promise.resolve(Buffer.alloc(0));
      },
      /empty PDF/,
      1,
    ],
  ])(
    'when %s: rejects, destroys the window, removes the temp file, keeps the old PDF',
    async (_what, arrange, error, prints) => {
      const target = join(dir, 'old.pdf');
      await writeFile(target, 'previous export');
      saveAnswer = { canceled: false, filePath: target };
      arrange();
      await expect(services(50).exportReportPdf(HTML, 'report.pdf')).rejects.toThrow(error);
      expect(windows()).toHaveLength(1);
      expect(windows()[0]?.destroyed).toBe(true);
      expect(windows()[0]?.webContents.printOptions).toHaveLength(prints);
      expect(await readdir(temp)).toEqual([]);
      expect(await readFile(target, 'utf8')).toBe('previous export');
      expect((await readdir(dir)).sort()).toEqual(['old.pdf', 'tmp']);
    },
  );
});

describe('printReportToPdf', () => {
  it('gives up after 30 s by default', () => {
    expect(REPORT_TIMEOUT_MS).toBe(30_000);
  });

  it('does not destroy a window twice (one Electron already destroyed)', async () => {
    const window = new FakeBrowserWindow({});
    let destroyCalls = 0;
    window.destroy = () => {
      destroyCalls += 1;
      window.destroyed = true;
    };
    FakeWebContents.print = () => {
      window.destroyed = true;
      return Promise.reject(new Error('Object has been destroyed'));
    };
    await expect(
      printReportToPdf(HTML, {
        createWindow: () => window as never,
        tempDir: temp,
      }),
    ).rejects.toThrow(/destroyed/);
    expect(destroyCalls).toBe(0);
    expect(await readdir(temp)).toEqual([]);
  });

  it('writes the temporary report readable by its owner only', async () => {
    let mode = 0;
    FakeBrowserWindow.load = async (path) => {
      mode = (await stat(path)).mode & 0o777;
    };
    await printReportToPdf(HTML, {
      createWindow: () => new FakeBrowserWindow({}),
      tempDir: temp,
    });
    if (process.platform !== 'win32') expect(mode).toBe(0o600);
  });

  it('two exports at once use separate windows and temporary files', async () => {
    const make = () => new FakeBrowserWindow({}) as never;
    const [a, b] = await Promise.all([
      printReportToPdf('<p>a</p>', { createWindow: make, tempDir: temp }),
      printReportToPdf('<p>b</p>', { createWindow: make, tempDir: temp }),
    ]);
    expect([a, b]).toEqual([FAKE_PDF, FAKE_PDF]);
    expect(loadedHtml.sort()).toEqual(['<p>a</p>', '<p>b</p>']);
    expect(new Set(windows().map((window) => window.loadedFile)).size).toBe(2);
    expect(windows().every((window) => window.destroyed)).toBe(true);
  });
});
