import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Project } from '../../core/model/project';
import { listCorpus } from '../corpus/list-corpus';
import { loadProject, saveProjectAtomic } from '../store/project-store';
import type { ProjectLoad } from './contract';
import type { CorroborateHandlers } from './handlers';

/** Largest file opened or saved through a dialog, in bytes (the CLI and web build use the same). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Largest undo history stored, in characters (core trims it to UNDO_HISTORY_BUDGET first). */
export const MAX_HISTORY_CHARS = 16_000_000;

/** The undo history lives beside the project file. */
export function historyPath(projectPath: string): string {
  return `${projectPath}.history.json`;
}

/** What the services need from the outside, passed in so tests can use a temp folder and fakes. */
export interface ServiceDeps {
  /** dev: the repo's corpus/; packaged: process.resourcesPath/corpus. */
  corpusDir: string;
  /** The project file (in the user-data folder). */
  projectPath: string;
  /** Electron's dialog functions, bound to the app's window by the caller. */
  showSaveDialog: (options: SaveDialogOptions) => ReturnType<Dialog['showSaveDialog']>;
  showOpenDialog: (options: OpenDialogOptions) => ReturnType<Dialog['showOpenDialog']>;
}

function refuse(message: string): never {
  throw new Error(message);
}

/** A file-name-only string: folders are stripped, so the renderer cannot pick a path. */
function safeName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 255) {
    refuse('The suggested file name must be 1 to 255 characters.');
  }
  return basename(value.replace(/\\/g, '/'));
}

/** ".json" style extensions from an accept list; MIME types are skipped. */
function extensions(accept: unknown): string[] {
  if (!Array.isArray(accept) || accept.length > 20) refuse('accept must be a short list.');
  return accept.flatMap((entry) => {
    if (typeof entry !== 'string' || entry.length > 100) refuse('accept holds strings only.');
    const match = /^\.([a-z0-9]{1,10})$/i.exec(entry);
    return match?.[1] ? [match[1].toLowerCase()] : [];
  });
}

/**
 * The main-process implementation of every channel. Arguments come from the renderer and are
 * untrusted: each is checked before use, paths are only ever chosen in a native dialog by the
 * analyst (never by the page), and file sizes are bounded.
 */
export function createServices(deps: ServiceDeps): CorroborateHandlers {
  return {
    listCorpus: () => listCorpus(deps.corpusDir),

    async loadProject(): Promise<ProjectLoad> {
      const location = deps.projectPath;
      try {
        await stat(location);
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return { status: 'none', location };
      }
      const loaded = await loadProject(fs, location);
      return loaded.ok
        ? { status: 'loaded', project: loaded.value, location }
        : { status: 'error', error: loaded.error, location };
    },

    async saveProject(project: Project): Promise<void> {
      if (typeof project !== 'object' || project === null) refuse('Not saved: no project given.');
      let saved;
      try {
        saved = await saveProjectAtomic(fs, deps.projectPath, project);
      } catch (error) {
        refuse(`Not saved: the project is not valid (${String(error)}).`);
      }
      if (!saved.ok) refuse(saved.error);
    },

    async loadUndoHistory(): Promise<string | null> {
      try {
        return await readFile(historyPath(deps.projectPath), 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        throw error;
      }
    },

    async saveUndoHistory(text: string): Promise<void> {
      if (typeof text !== 'string') refuse('The undo history must be text.');
      if (text.length > MAX_HISTORY_CHARS) refuse('The undo history is too large to store.');
      const target = historyPath(deps.projectPath);
      const temp = `${target}.${process.pid}.tmp`;
      await fs.mkdir(dirname(target), { recursive: true });
      try {
        await writeFile(temp, text, 'utf8');
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },

    async saveFile(suggestedName: string, text: string, mimeType: string): Promise<boolean> {
      const name = safeName(suggestedName);
      if (typeof text !== 'string') refuse('Only text can be saved.');
      if (typeof mimeType !== 'string' || mimeType.length > 100) refuse('Invalid MIME type.');
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

    async openFile(accept: readonly string[]) {
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
      return { name: basename(path), text: await readFile(path, 'utf8') };
    },
  };
}
