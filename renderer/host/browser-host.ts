import type { Host, MenuCommand, ProjectLoad } from './host';
import { downloadText, pickBinaryFile, pickTextFile } from './browser-files';
import { HISTORY_KEY, indexedDbStore, type TextStore } from './indexeddb-store';
import { createProjectSlot } from './project-slot';
import { createTabLock, type LockManagerLike } from './tab-lock';
import { projectFormat } from './lazy-formats';
import { runInSlices } from './pause';
import { concatenated } from '../../core/io/element-json';

const LOCATION = 'this browser (IndexedDB)';

/** The Web Lock that makes one tab the writer of the stored project. */
const LOCK_NAME = 'corroborate-project-default';

export interface BrowserHostOptions {
  store?: TextStore;
  /** The Web Locks manager; navigator.locks when the browser has it. */
  locks?: LockManagerLike;
  /** Asks the analyst a yes/no question before anything unreadable is replaced. */
  ask?: (question: string) => Promise<boolean>;
}

/** The host of the web build: corpus from the bundle, project in IndexedDB, files as downloads. */
export function createBrowserHost({
  store = indexedDbStore(),
  ask = (question) => Promise.resolve(window.confirm(question)),
  locks = typeof navigator === 'undefined' ? undefined : navigator.locks,
}: BrowserHostOptions = {}): Host {
  const listeners = new Set<(command: MenuCommand) => void>();
  const slot = createProjectSlot(store, { ask });
  const tabs = createTabLock(LOCK_NAME, locks);
  /** Rejects when this tab may not write (read-only, or another tab took over). */
  const writable = () => (tabs.problem ? Promise.reject(new Error(tabs.problem)) : null);
  const readOnly = (): ProjectLoad | null =>
    tabs.problem ? { status: 'error', error: tabs.problem, location: LOCATION } : null;
  return {
    kind: 'browser',
    // The corpus and its reader (YAML front matter, ~30 KB gzipped) are a chunk of their own,
    // fetched while the stored project is read, so the start-up chunk stays small.
    loadCorpus: () => import('./bundled-corpus').then((corpus) => corpus.listBundledCorpus()),
    loadProject: async () => {
      await tabs.claim(ask);
      return slot.load();
    },
    // A project's first save (one just opened) writes every claim: in slices, between frames.
    saveProject: (project) =>
      writable() ??
      projectFormat().then(async (format) => {
        await runInSlices(format.prepareProjectJson(project));
        const pieces = format.serializeProjectPieces(project);
        return slot.save(concatenated(pieces), pieces);
      }),
    newProject: async () => {
      const refused = readOnly();
      if (refused) return refused;
      const kept = await slot.prepareReplace('Start a new project');
      if (kept === null) return null;
      return {
        status: 'none',
        location: [`a new project in ${LOCATION}`, kept].filter(Boolean).join('; '),
      };
    },
    openProject: async () => {
      const refused = readOnly();
      if (refused) return refused;
      const file = await pickTextFile(['.json', 'application/json']);
      if (!file) return null;
      const { parseProject, serializeProject } = await projectFormat();
      const parsed = parseProject(file.text);
      if (!parsed.ok) return { status: 'error', error: parsed.error, location: file.name };
      const kept = await slot.prepareReplace(`Open ${file.name}`);
      if (kept === null) return null;
      // The opened file becomes the stored project, and the previous project's undo history
      // must not apply to it.
      await slot.save(serializeProject(parsed.value));
      await store.write(HISTORY_KEY, '');
      return {
        status: 'loaded',
        project: parsed.value,
        location: [`${file.name}, copied into ${LOCATION}`, kept].filter(Boolean).join('; '),
      };
    },
    saveProjectAs: async (project) => {
      const name = `${project.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'project'}.corroborate.json`;
      const { serializeProject } = await projectFormat();
      return (await downloadText(name, serializeProject(project), 'application/json'))
        ? `${name} (downloaded)`
        : null;
    },
    loadUndoHistory: () => store.read(HISTORY_KEY),
    saveUndoHistory: (text, pieces) => writable() ?? store.write(HISTORY_KEY, text, pieces),
    saveFile: downloadText,
    openFile: pickTextFile,
    openBinaryFile: pickBinaryFile,
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
