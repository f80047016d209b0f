/**
 * The main-process implementation of every IPC channel.
 *
 * The current project path is state owned here. It starts at the project remembered in the
 * settings file (userData/settings.json) when that file still exists, else at the default
 * project in userData/projects. File > New / Open / Save As move it; each move is written to
 * the settings file (atomically) so the next start reopens the same project. saveProject,
 * loadProject and the undo history channels always act on the current path, so the history
 * sidecar (`<project>.history.json`) follows it.
 *
 * File menu flow (main -> renderer -> main):
 * 1. The native menu (menu/app-menu.ts) sends `newProject` / `openProject` / `saveAs` as a menu
 *    command to the focused window (main.ts `sendMenuCommand`); it never opens dialogs itself.
 * 2. The renderer (App.tsx `onCommand`) calls host.newProject() / openProject() /
 *    saveProjectAs(project); the Electron host forwards to `window.api`, the preload invokes
 *    the channel, handlers.ts checks the sender frame and calls the service below.
 * 3. The service shows the native dialog (attached to the focused window by main.ts) and:
 *    - newProject: makes the chosen path current and answers `{ status: 'none' }`; the
 *      renderer starts an empty project and its autosave writes it there. A chosen file that
 *      this version cannot read is refused (`status: 'error'`, path unchanged), because the
 *      autosave would be refused there anyway.
 *    - openProject: loads the file; only a project that loads becomes current. A damaged or
 *      newer file answers `status: 'error'`, is left untouched, and the current project keeps
 *      autosaving where it was (the renderer keeps it open).
 *    - saveProjectAs: writes the given project atomically, copies the undo history sidecar,
 *      then makes the new path current; later autosaves go to the new file.
 *    Cancelled dialogs answer null and change nothing.
 * Paths only ever come from a native dialog or the settings file, never from the page.
 * Whenever a project becomes current (the first loadProject, New, Open, Save As), the temp files
 * an earlier killed save left beside it and its history are removed (store/temp-files.ts).
 *
 * Arguments are parsed by handlers.ts with argument-schemas.ts before any service runs; the
 * checks kept here are the ones that do more than shape (name sanitising, the project round
 * trip, the accept filter) plus cheap type checks for any caller that bypasses the handlers.
 *
 * Report > PDF (`exportReportPdf`): the renderer sends the report's HTML (core's renderReport)
 * and a suggested name. Both are checked before anything opens; then the save dialog asks where
 * (cancel: false, no window is created); then report/print-report.ts prints the HTML in a hidden
 * script-less window (window/create-report-window.ts) and the bytes are written atomically.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { parseProject, serializeProject } from '../../core/io/project-file';
import type { Project } from '../../core/model/project';
import { listCorpus } from '../corpus/list-corpus';
import { printReportToPdf, type ReportWindow } from '../report/print-report';
import { writeBytesAtomic, writeTextAtomic } from '../store/atomic-text';
import { defaultProjectPath, loadProject, saveProjectAtomic } from '../store/project-store';
import { readSettings, settingsPath, writeSettings } from '../store/settings';
import { cleanStaleTemps } from '../store/temp-files';
import type { ProjectLoad } from '../../contract/ipc';
import type { CorroborateHandlers } from './handlers';
import {
  MAX_ACCEPT_CHARS,
  MAX_ACCEPT_ENTRIES,
  MAX_FILE_BYTES,
  MAX_HISTORY_CHARS,
  MAX_MIME_CHARS,
  MAX_NAME_CHARS,
  MAX_REPORT_BYTES,
} from './limits';

export { MAX_FILE_BYTES, MAX_HISTORY_CHARS, MAX_REPORT_BYTES } from './limits';

/** The undo history lives beside the project file. */
export function historyPath(projectPath: string): string {
  return `${projectPath}.history.json`;
}

/** Name File > New suggests, in the documents folder. */
export const NEW_PROJECT_NAME = 'Untitled.corroborate.json';

/** Appended to a name typed without ".json" (Linux dialogs add no extension themselves). */
const PROJECT_EXTENSION = '.corroborate.json';

/** The one filter of the project dialogs. */
const PROJECT_FILTERS = [{ name: 'Corroborate project', extensions: ['json'] }];

/** What the services need from the outside, passed in so tests can use a temp folder and fakes. */
export interface ServiceDeps {
  /** dev: the repo's corpus/; packaged: process.resourcesPath/corpus. */
  corpusDir: string;
  /** The app's user-data folder: the default project and the settings file live there. */
  userDataDir: string;
  /** The analyst's documents folder, where File > New suggests creating a project. */
  documentsDir: string;
  /** Electron's dialog functions, bound to the app's window by the caller. */
  showSaveDialog: (options: SaveDialogOptions) => ReturnType<Dialog['showSaveDialog']>;
  showOpenDialog: (options: OpenDialogOptions) => ReturnType<Dialog['showOpenDialog']>;
  /**
   * Creates the hidden, script-less window a report is printed in (main.ts binds
   * window/create-report-window.ts to Electron; tests pass fakes).
   */
  createReportWindow: () => ReportWindow;
  /** How long printing one report may take; REPORT_TIMEOUT_MS (30 s) unless a test says so. */
  reportTimeoutMs?: number;
  /** Where a report's temporary HTML file goes; the OS temp folder unless a test says so. */
  tempDir?: string;
  /** Reports a problem that does not fail the call (settings or history copy not written). */
  warn?: (message: string) => void;
}

function refuse(message: string): never {
  throw new Error(message);
}

/**
 * A file-name-only string for a dialog's default: folders are stripped (either slash), then
 * control characters and the characters Windows refuses in names, so the renderer can suggest a
 * name but never a folder, a drive ("C:") or "..". `fallback` when nothing usable is left.
 */
function safeName(value: unknown, fallback = 'export'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_CHARS) {
    refuse(`The suggested file name must be 1 to ${MAX_NAME_CHARS} characters.`);
  }
  const name = basename(value.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim();
  return /^[.\s]*$/.test(name) ? fallback : name;
}

/**
 * The name Report > PDF suggests: a bare name like saveFile's, ending in ".pdf" ("report.pdf"
 * when nothing usable is left).
 */
function pdfName(value: unknown): string {
  const stem = safeName(value, '')
    .replace(/\.pdf$/i, '')
    .trim();
  return `${/^[.\s]*$/.test(stem) ? 'report' : stem}.pdf`;
}

/** The report HTML from the renderer: non-empty text of at most MAX_REPORT_BYTES. */
function reportHtml(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    refuse('Not exported: the report must be non-empty HTML text.');
  }
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap check goes first.
  if (value.length > MAX_REPORT_BYTES || Buffer.byteLength(value, 'utf8') > MAX_REPORT_BYTES) {
    refuse('Not exported: the report is larger than 20 MB.');
  }
  return value;
}

/** ".json" style extensions from an accept list; MIME types are skipped. */
function extensions(accept: unknown): string[] {
  if (!Array.isArray(accept) || accept.length > MAX_ACCEPT_ENTRIES) {
    refuse('accept must be a short list.');
  }
  return accept.flatMap((entry) => {
    if (typeof entry !== 'string' || entry.length > MAX_ACCEPT_CHARS) {
      refuse('accept holds strings only.');
    }
    const match = /^\.([a-z0-9]{1,10})$/i.exec(entry);
    return match?.[1] ? [match[1].toLowerCase()] : [];
  });
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** True when `path` is an existing regular file; false when absent. Other errors propagate. */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/** True when something (file or folder) exists at `path`. */
async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * A project argument from the renderer, checked the way saving checks it (serialize, then parse
 * back with the project schema), before any dialog opens.
 */
function checkedProject(value: unknown): Project {
  if (typeof value !== 'object' || value === null) refuse('Not saved: no project given.');
  let check;
  try {
    check = parseProject(serializeProject(value as Project));
  } catch (error) {
    refuse(`Not saved: the project is not valid (${String(error)}).`);
  }
  if (!check.ok) refuse(`Not saved: the project is not valid. ${check.error}`);
  return value as Project;
}

/**
 * The path a save dialog answered, or null when cancelled. A name typed without the expected
 * extension (Linux dialogs add none) gets `suffix`; `renamed` then says the dialog's overwrite
 * question was about another name, so an existing file at the final path was never confirmed.
 */
function chosenPath(
  result: { canceled: boolean; filePath?: string },
  expected: RegExp,
  suffix: string,
): { path: string; renamed: boolean } | null {
  if (result.canceled || !result.filePath) return null;
  if (!isAbsolute(result.filePath)) refuse('The dialog answered a path that is not absolute.');
  return expected.test(result.filePath)
    ? { path: result.filePath, renamed: false }
    : { path: `${result.filePath}${suffix}`, renamed: true };
}

/** A project save dialog's answer: ".json" expected, ".corroborate.json" appended otherwise. */
function chosenProjectPath(result: {
  canceled: boolean;
  filePath?: string;
}): { path: string; renamed: boolean } | null {
  return chosenPath(result, /\.json$/i, PROJECT_EXTENSION);
}

/** A file name for Save As from the project's name: letters, digits, spaces, dashes only. */
function suggestedProjectName(project: Project): string {
  const name = project.name
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .slice(0, 100);
  return `${name || 'project'}${PROJECT_EXTENSION}`;
}

/**
 * The project path to start with: the remembered one when its file still exists, else the
 * default. A remembered file that vanished (deleted, or on a drive that is not mounted) is not
 * recreated by the first autosave: the app falls back to its default project instead.
 */
async function startingProjectPath(userDataDir: string): Promise<string> {
  const fallback = defaultProjectPath(userDataDir);
  const { lastProjectPath } = await readSettings(settingsPath(userDataDir));
  if (!lastProjectPath) return fallback;
  return (await isFile(lastProjectPath).catch(() => false)) ? lastProjectPath : fallback;
}

/**
 * The main-process implementation of every channel. Arguments come from the renderer and are
 * untrusted: each is checked before use, paths are only ever chosen in a native dialog by the
 * analyst (never by the page), and file sizes are bounded.
 */
export function createServices(deps: ServiceDeps): CorroborateHandlers {
  /** Asks which file to read; null when cancelled, refused above the size limit. */
  async function chooseFileToRead(accept: readonly string[]): Promise<string | null> {
    const wanted = extensions(accept);
    const result = await deps.showOpenDialog({
      properties: ['openFile'],
      filters: wanted.length > 0 ? [{ name: 'Supported files', extensions: wanted }] : [],
    });
    const path = result.canceled ? undefined : result.filePaths[0];
    if (!path) return null;
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) {
      refuse(`${basename(path)} is ${(info.size / 1048576).toFixed(1)} MB; the limit is 50 MB.`);
    }
    return path;
  }

  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const settingsFile = settingsPath(deps.userDataDir);
  // Every channel awaits this, so the settings are read once, before the first use of the path.
  let current: Promise<string> = startingProjectPath(deps.userDataDir);
  // Settings writes run one after another, so the last switch is the one remembered.
  let settingsWrite: Promise<void> = Promise.resolve();

  /**
   * Removes the temp files a killed save left beside the project and its undo history (see
   * store/temp-files.ts for which are safe to remove). Clutter only: a failure warns.
   */
  async function tidy(path: string): Promise<void> {
    for (const target of [path, historyPath(path)]) {
      await cleanStaleTemps(fs, target).catch((error: unknown) =>
        warn(`Leftover temporary files beside ${target} were not removed (${String(error)}).`),
      );
    }
  }

  /** Makes `path` the current project and remembers it; a settings failure only warns. */
  async function switchTo(path: string): Promise<void> {
    current = Promise.resolve(path);
    await tidy(path);
    settingsWrite = settingsWrite.then(() =>
      writeSettings(settingsFile, { lastProjectPath: path }).catch((error: unknown) =>
        warn(`The last project could not be remembered (${String(error)}).`),
      ),
    );
    await settingsWrite;
  }

  /** Copies the undo history beside `from` to beside `to`, so Save As keeps undo. */
  async function copyHistory(from: string, to: string): Promise<void> {
    try {
      const text = await readFile(historyPath(from), 'utf8');
      await writeTextAtomic(historyPath(to), text);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        warn(`The undo history was not copied to ${historyPath(to)} (${String(error)}).`);
      }
    }
  }

  return {
    listCorpus: () => listCorpus(deps.corpusDir),

    async loadProject(): Promise<ProjectLoad> {
      const location = await current;
      await tidy(location);
      // Any stat error other than "absent" goes on to loadProject, which words it for the analyst.
      if (!(await exists(location).catch(() => true))) return { status: 'none', location };
      const loaded = await loadProject(fs, location);
      return loaded.ok
        ? { status: 'loaded', project: loaded.value, location }
        : { status: 'error', error: loaded.error, location };
    },

    async saveProject(project: Project): Promise<void> {
      if (typeof project !== 'object' || project === null) refuse('Not saved: no project given.');
      let saved;
      try {
        saved = await saveProjectAtomic(fs, await current, project);
      } catch (error) {
        refuse(`Not saved: the project is not valid (${String(error)}).`);
      }
      if (!saved.ok) refuse(saved.error);
    },

    async loadUndoHistory(): Promise<string | null> {
      try {
        return await readFile(historyPath(await current), 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        throw error;
      }
    },

    async saveUndoHistory(text: string): Promise<void> {
      if (typeof text !== 'string') refuse('The undo history must be text.');
      if (text.length > MAX_HISTORY_CHARS) refuse('The undo history is too large to store.');
      await writeTextAtomic(historyPath(await current), text);
    },

    async newProject(): Promise<ProjectLoad | null> {
      const result = await deps.showSaveDialog({
        title: 'Create project',
        buttonLabel: 'Create',
        defaultPath: join(deps.documentsDir, NEW_PROJECT_NAME),
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      const chosen = chosenProjectPath(result);
      if (!chosen) return null;
      const location = chosen.path;
      if (await exists(location).catch(() => true)) {
        if (chosen.renamed) {
          return {
            status: 'error',
            error: `${location} already exists. Choose another name, or open it with File > Open Project.`,
            location,
          };
        }
        // The analyst confirmed replacing it; the first autosave keeps it as .bak1. A file this
        // version cannot read would refuse that autosave, so it is refused here already.
        const existing = await loadProject(fs, location);
        if (!existing.ok) {
          return {
            status: 'error',
            error: `Corroborate will not replace ${location}: ${existing.error} Choose another name.`,
            location,
          };
        }
      }
      await switchTo(location);
      return { status: 'none', location };
    },

    async openProject(): Promise<ProjectLoad | null> {
      const from = await current;
      const result = await deps.showOpenDialog({
        title: 'Open project',
        defaultPath:
          from === defaultProjectPath(deps.userDataDir) ? deps.documentsDir : dirname(from),
        properties: ['openFile'],
        filters: PROJECT_FILTERS,
      });
      const location = result.canceled ? undefined : result.filePaths[0];
      if (!location) return null;
      const info = await stat(location).catch(() => null);
      if (info && info.size > MAX_FILE_BYTES) {
        const size = (info.size / 1048576).toFixed(1);
        return {
          status: 'error',
          error: `${basename(location)} is ${size} MB; the limit is 50 MB.`,
          location,
        };
      }
      const loaded = await loadProject(fs, location);
      if (!loaded.ok) return { status: 'error', error: loaded.error, location };
      await switchTo(location);
      return { status: 'loaded', project: loaded.value, location };
    },

    async saveProjectAs(project: Project): Promise<string | null> {
      const valid = checkedProject(project);
      const from = await current;
      const result = await deps.showSaveDialog({
        title: 'Save project as',
        defaultPath:
          from === defaultProjectPath(deps.userDataDir)
            ? join(deps.documentsDir, suggestedProjectName(valid))
            : from,
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      const chosen = chosenProjectPath(result);
      if (!chosen) return null;
      if (chosen.renamed && (await exists(chosen.path))) {
        refuse(`Not saved: ${chosen.path} already exists. Choose another name.`);
      }
      const saved = await saveProjectAtomic(fs, chosen.path, valid);
      if (!saved.ok) refuse(saved.error);
      if (chosen.path !== from) await copyHistory(from, chosen.path);
      await switchTo(chosen.path);
      return chosen.path;
    },

    async saveFile(suggestedName: string, text: string, mimeType: string): Promise<boolean> {
      const name = safeName(suggestedName);
      if (typeof text !== 'string') refuse('Only text can be saved.');
      if (typeof mimeType !== 'string' || mimeType.length > MAX_MIME_CHARS) {
        refuse('Invalid MIME type.');
      }
      if (text.length > MAX_FILE_BYTES) refuse('The file is too large to save.');
      const extension = extname(name).slice(1);
      const result = await deps.showSaveDialog({
        defaultPath: name,
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      });
      if (result.canceled || !result.filePath) return false;
      await writeFile(result.filePath, text, 'utf8');
      return true;
    },

    async exportReportPdf(html: string, suggestedName: string): Promise<boolean> {
      // Both arguments are checked before the dialog opens, so a refused call shows nothing.
      const report = reportHtml(html);
      const name = pdfName(suggestedName);
      const result = await deps.showSaveDialog({
        title: 'Export report as PDF',
        buttonLabel: 'Export',
        defaultPath: name,
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      const chosen = chosenPath(result, /\.pdf$/i, '.pdf');
      if (!chosen) return false;
      if (chosen.renamed && (await exists(chosen.path))) {
        refuse(`Not exported: ${chosen.path} already exists. Choose another name.`);
      }
      const pdf = await printReportToPdf(report, {
        createWindow: deps.createReportWindow,
        timeoutMs: deps.reportTimeoutMs,
        tempDir: deps.tempDir,
        warn,
      });
      await writeBytesAtomic(chosen.path, pdf);
      return true;
    },

    async openFile(accept: readonly string[]) {
      const path = await chooseFileToRead(accept);
      return path ? { name: basename(path), text: await readFile(path, 'utf8') } : null;
    },

    async openBinaryFile(accept: readonly string[]) {
      const path = await chooseFileToRead(accept);
      return path ? { name: basename(path), bytes: new Uint8Array(await readFile(path)) } : null;
    },
  };
}
