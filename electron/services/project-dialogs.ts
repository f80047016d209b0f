/**
 * File > New / Open / Save As in the main process: the native dialog, then the checks that keep
 * every existing file safe, then the switch of the current project (project-location.ts).
 *
 * The flow (main -> renderer -> main): the native menu (menu/app-menu.ts) sends `newProject` /
 * `openProject` / `saveAs` as a menu command to the focused window; the renderer calls
 * host.newProject() / openProject() / saveProjectAs(project); the preload invokes the channel;
 * handlers.ts checks the sender and the arguments and calls the function here.
 * - newProject: makes the chosen path current and answers `{ status: 'none' }`; the renderer
 *   starts an empty project and its autosave writes it there. A chosen file this version cannot
 *   read is never replaced: the analyst is asked, and on yes it is moved aside untouched under
 *   a name they are told (keptAsidePath); on no New is refused (`status: 'error'`).
 * - openProject: loads the file; only a project that loads becomes current. A damaged or newer
 *   file answers `status: 'error'`, is left untouched, and the current project keeps autosaving
 *   where it was.
 * - saveProjectAs: writes the project atomically, copies the undo history sidecar, then makes
 *   the new path current; later autosaves go to the new file.
 * Cancelled dialogs answer null and change nothing. A project another Corroborate holds (its
 * lock file) is refused on all three with the holder named.
 */
import * as fs from 'node:fs/promises';
import { readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ProjectLoad } from '../../contract/ipc';
import type { Project } from '../../core/model/project';
import { MAX_FILE_BYTES } from '../ipc/limits';
import type { CorroborateHandlers } from '../ipc/handlers';
import { writeTextAtomic } from '../store/atomic-text';
import { exists, isAbsent } from '../store/fs-errors';
import { keptAsidePath, loadProject, saveProjectAtomic } from '../store/project-store';
import { fail, ok, type Result } from '../../core/model/result';
import {
  chosenProjectPath,
  historyPath,
  megabytes,
  NEW_PROJECT_NAME,
  PROJECT_FILTERS,
  suggestedProjectName,
} from './file-names';
import type { ProjectLocation } from './project-location';
import { refuse, type ServiceDeps } from './service-deps';

type Dialogs = Pick<ServiceDeps, 'showSaveDialog' | 'showOpenDialog' | 'documentsDir' | 'confirm'>;

export function createProjectDialogs(
  deps: Dialogs,
  location: ProjectLocation,
  warn: (message: string) => void,
): Pick<CorroborateHandlers, 'newProject' | 'openProject' | 'saveProjectAs'> {
  /** Copies the undo history beside `from` to beside `to`, so Save As keeps undo. */
  async function copyHistory(from: string, to: string): Promise<void> {
    try {
      await writeTextAtomic(historyPath(to), await readFile(historyPath(from), 'utf8'));
    } catch (error) {
      if (!isAbsent(error)) {
        warn(`The undo history was not copied to ${historyPath(to)} (${String(error)}).`);
      }
    }
  }

  /**
   * Asks before New replaces a file this version cannot read; on yes, moves it (and its undo
   * history) to `keptAsidePath`, a rename that leaves its bytes as they were. The answer names
   * where it went, or why nothing was done.
   */
  async function keepAsideIfAsked(path: string, reason: string): Promise<Result<string>> {
    const aside = keptAsidePath(path, new Date());
    const question = `${path} cannot be read by this version: ${reason} Move it aside to ${basename(aside)}, untouched, and create the new project in its place?`;
    const yes = (await deps.confirm?.(question, 'Move aside and create')) ?? false;
    if (!yes) {
      return fail(
        `Corroborate will not replace ${path}: ${reason} It was left as it is; choose another name.`,
      );
    }
    if (await exists(aside)) return fail(`${aside} already exists; try again in a second.`);
    await rename(path, aside);
    await rename(historyPath(path), historyPath(aside)).catch((error: unknown) => {
      if (!isAbsent(error)) throw error;
    });
    return ok(`The file that could not be read was moved, untouched, to ${aside}.`);
  }

  /** Where a dialog opens: Documents while on the default project, else beside the current one. */
  function nearCurrent(path: string): string {
    return location.isDefault(path) ? deps.documentsDir : dirname(path);
  }

  return {
    async newProject(): Promise<ProjectLoad | null> {
      const chosen = chosenProjectPath(
        await deps.showSaveDialog({
          title: 'Create project',
          buttonLabel: 'Create',
          defaultPath: join(deps.documentsDir, NEW_PROJECT_NAME),
          filters: PROJECT_FILTERS,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        }),
      );
      if (!chosen) return null;
      const path = chosen.path;
      if (await exists(path).catch(() => true)) {
        if (chosen.renamed) {
          const error = `${path} already exists. Choose another name, or open it with File > Open Project.`;
          return { status: 'error', error, location: path };
        }
        // The analyst confirmed replacing it; the first autosave keeps it as .bak1. A file this
        // version cannot read is never replaced: with a second yes it is moved aside, bytes
        // untouched, under a name the analyst is told; otherwise New is refused.
        const existing = await loadProject(fs, path);
        if (!existing.ok) {
          const aside = await keepAsideIfAsked(path, existing.error);
          if (!aside.ok) return { status: 'error', error: aside.error, location: path };
          warn(aside.value);
        }
      }
      const claimed = await location.claim(path);
      if (!claimed.ok) return { status: 'error', error: claimed.error, location: path };
      await location.switchTo(path);
      return { status: 'none', location: path };
    },

    async openProject(): Promise<ProjectLoad | null> {
      const result = await deps.showOpenDialog({
        title: 'Open project',
        defaultPath: nearCurrent(await location.current()),
        properties: ['openFile'],
        filters: PROJECT_FILTERS,
      });
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      const info = await stat(path).catch(() => null);
      if (info && info.size > MAX_FILE_BYTES) {
        const error = `${basename(path)} is ${megabytes(info.size)}; the limit is 50 MB.`;
        return { status: 'error', error, location: path };
      }
      const claimed = await location.claim(path);
      if (!claimed.ok) return { status: 'error', error: claimed.error, location: path };
      const loaded = await loadProject(fs, path);
      if (!loaded.ok) {
        await location.abandon(path);
        return { status: 'error', error: loaded.error, location: path };
      }
      await location.switchTo(path);
      return { status: 'loaded', project: loaded.value, location: path };
    },

    async saveProjectAs(project: Project): Promise<string | null> {
      const from = await location.current();
      const chosen = chosenProjectPath(
        await deps.showSaveDialog({
          title: 'Save project as',
          defaultPath: location.isDefault(from)
            ? join(deps.documentsDir, suggestedProjectName(project))
            : from,
          filters: PROJECT_FILTERS,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        }),
      );
      if (!chosen) return null;
      if (chosen.renamed && (await exists(chosen.path))) {
        refuse(`Not saved: ${chosen.path} already exists. Choose another name.`);
      }
      const claimed = await location.claim(chosen.path);
      if (!claimed.ok) refuse(`Not saved: ${claimed.error}`);
      const saved = await saveProjectAtomic(fs, chosen.path, project);
      if (!saved.ok) {
        await location.abandon(chosen.path);
        refuse(saved.error);
      }
      if (chosen.path !== from) await copyHistory(from, chosen.path);
      await location.switchTo(chosen.path);
      return chosen.path;
    },
  };
}
