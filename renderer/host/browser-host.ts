import type { CorpusListing } from '../../contract/ipc';
import { parseSourceFile } from '../../core/io/source-file';
import { parseProject, serializeProject } from '../../core/io/project-file';
import type { Host, MenuCommand, ProjectLoad } from './host';
import { downloadText, pickBinaryFile, pickTextFile } from './browser-files';
import {
  BACKUP_KEY,
  HISTORY_KEY,
  PROJECT_KEY,
  indexedDbStore,
  type TextStore,
} from './indexeddb-store';

/**
 * Corpus files bundled into the web build at build time, as raw text keyed by path. Vite inlines
 * them, so the static site needs no server-side file access.
 */
const bundledCorpus = import.meta.glob<string>('../../corpus/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Turns bundled corpus files into sources, keeping the files that fail with their reason. */
export function listBundledCorpus(files: Record<string, string> = bundledCorpus): CorpusListing {
  const listing: CorpusListing = { sources: [], problems: [] };
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const result = parseSourceFile({
      id: file.replace(/\.[^.]+$/, ''),
      path: `corpus/${file}`,
      content,
    });
    if (result.ok) listing.sources.push(result.value);
    else listing.problems.push({ file, error: result.error });
  }
  return listing;
}

const LOCATION = 'this browser (IndexedDB)';

/** Loads the stored project through the same parser as a project file. */
export async function loadStoredProject(store: TextStore): Promise<ProjectLoad> {
  let text: string | null;
  try {
    text = await store.read(PROJECT_KEY);
  } catch (error) {
    return {
      status: 'error',
      error: `The browser storage could not be read (${String(error)}).`,
      location: LOCATION,
    };
  }
  if (text === null) return { status: 'none', location: LOCATION };
  const parsed = parseProject(text);
  return parsed.ok
    ? { status: 'loaded', project: parsed.value, location: LOCATION }
    : { status: 'error', error: parsed.error, location: LOCATION };
}

/** The host of the web build: corpus from the bundle, project in IndexedDB, files as downloads. */
export function createBrowserHost(store: TextStore = indexedDbStore()): Host {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    kind: 'browser',
    loadCorpus: () => Promise.resolve(listBundledCorpus()),
    loadProject: () => loadStoredProject(store),
    saveProject: (project) =>
      store.writeWithBackup(PROJECT_KEY, BACKUP_KEY, serializeProject(project)),
    // The next save keeps the previous project as the backup, so New never loses it outright.
    newProject: () => Promise.resolve({ status: 'none', location: LOCATION }),
    openProject: async () => {
      const file = await pickTextFile(['.json', 'application/json']);
      if (!file) return null;
      const parsed = parseProject(file.text);
      if (!parsed.ok) return { status: 'error', error: parsed.error, location: file.name };
      // The opened file becomes the stored project (the previous one is kept as the backup), and
      // the previous project's undo history must not apply to it.
      await store.writeWithBackup(PROJECT_KEY, BACKUP_KEY, serializeProject(parsed.value));
      await store.write(HISTORY_KEY, '');
      return {
        status: 'loaded',
        project: parsed.value,
        location: `${file.name}, copied into ${LOCATION}`,
      };
    },
    saveProjectAs: async (project) => {
      const name = `${project.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'project'}.corroborate.json`;
      return (await downloadText(name, serializeProject(project), 'application/json'))
        ? `${name} (downloaded)`
        : null;
    },
    loadUndoHistory: () => store.read(HISTORY_KEY),
    saveUndoHistory: (text) => store.write(HISTORY_KEY, text),
    saveFile: downloadText,
    openFile: pickTextFile,
    openBinaryFile: pickBinaryFile,
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
