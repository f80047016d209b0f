/**
 * The channels that read and write the current project and its undo history (autosave and the
 * first load). They always act on the current path (project-location.ts), so the history
 * sidecar follows the project through New / Open / Save As. Arguments were parsed by the
 * channel's schema (ipc/argument-schemas.ts) before these run.
 */
import * as fs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import type { ProjectLoad } from '../../contract/ipc';
import type { Project } from '../../core/model/project';
import { writeTextAtomic } from '../store/atomic-text';
import { exists, isAbsent } from '../store/fs-errors';
import { loadProject, saveProjectAtomic } from '../store/project-store';
import type { CorroborateHandlers } from '../ipc/handlers';
import { historyPath } from './file-names';
import type { ProjectLocation } from './project-location';
import { refuse } from './service-deps';

/**
 * What the analyst is told when the current project cannot be read: the file stays exactly
 * where and as it is (never renamed, never written over: a newer Corroborate must still find it
 * under its own name), and how to go on without touching it.
 */
export function keptAsIs(path: string, reason: string): string {
  return `${reason} Corroborate keeps ${path} exactly as it is and will not save over it; use File > New Project or Open Project to go on working.`;
}

export function createProjectChannels(
  location: ProjectLocation,
): Pick<
  CorroborateHandlers,
  'loadProject' | 'saveProject' | 'loadUndoHistory' | 'saveUndoHistory'
> {
  // Projects whose load failed: their undo history is kept with them, never replaced.
  const unreadable = new Set<string>();

  /** The current path, once this instance holds its lock; refuses with the holder otherwise. */
  async function writablePath(): Promise<string> {
    const path = await location.current();
    const claimed = await location.claim(path);
    if (!claimed.ok) refuse(`Not saved: ${claimed.error}`);
    return path;
  }

  return {
    async loadProject(): Promise<ProjectLoad> {
      const path = await location.current();
      const claimed = await location.claim(path);
      if (!claimed.ok) return { status: 'error', error: claimed.error, location: path };
      await location.tidy(path);
      // Any stat error other than "absent" goes on to loadProject, which words it for the analyst.
      if (!(await exists(path).catch(() => true))) return { status: 'none', location: path };
      const loaded = await loadProject(fs, path);
      if (loaded.ok) {
        unreadable.delete(path);
        return { status: 'loaded', project: loaded.value, location: path };
      }
      unreadable.add(path);
      return { status: 'error', error: keptAsIs(path, loaded.error), location: path };
    },

    async saveProject(project: Project): Promise<void> {
      const saved = await saveProjectAtomic(fs, await writablePath(), project);
      if (!saved.ok) refuse(saved.error);
    },

    async loadUndoHistory(): Promise<string | null> {
      try {
        return await readFile(historyPath(await location.current()), 'utf8');
      } catch (error) {
        if (isAbsent(error)) return null;
        throw error;
      }
    },

    async saveUndoHistory(text: string): Promise<void> {
      const path = await writablePath();
      if (unreadable.has(path)) {
        refuse(`Not saved: ${path} could not be read, so its undo history is kept as it is too.`);
      }
      await writeTextAtomic(historyPath(path), text);
    },
  };
}
