import { errorMessage } from '../components/error-message';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from '../../core/history/undo-stack';
import { concatenated } from '../../core/io/element-json';
import { createProject, type Project } from '../../core/model/project';
import { sourceRefOf } from '../../core/model/embedded-source';
import { contentHashAsync } from '../../core/model/hash';
import type { Source } from '../../core/model/source';
import type { Host, ProjectLoad } from '../host/host';
import { historyFormat, type HistoryFormat } from '../host/lazy-formats';

/** Autosave waits this long after the last change, so a burst of edits is one write. */
export const AUTOSAVE_DELAY_MS = 400;
/**
 * However fast the edits come, the oldest unsaved one is written this long after it was made:
 * waiting for a pause alone would let a steady stream of edits (one every 300 ms) go unsaved
 * until it stopped, and a crash would lose all of it. With the write itself, a crash loses at
 * most about the last second of edits (issue 15; tests/browser/autosave-kill.spec.ts).
 */
export const AUTOSAVE_MAX_WAIT_MS = 600;

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'failed'; error: string }
  /** The stored project could not be read: autosave is off so it is never overwritten. */
  | { state: 'disabled'; error: string; location: string };

export interface Workspace {
  project: Project;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Applies an edit as one undo step. */
  change: (label: string, edit: (project: Project) => Project) => void;
  undo: () => void;
  redo: () => void;
  /** Switches to another project; resolves to the reason when it cannot be opened. */
  replace: (load: ProjectLoad) => Promise<string | null>;
  /** Saves pending changes at once. */
  flushNow: () => Promise<void>;
}

/**
 * Hashes the texts a project carries with the native (async) digest before it is shown, so the
 * check that each text still matches its hash (`embeddedSource`) finds the answer ready instead
 * of running pure-JS SHA-256 on the main thread (~90% of opening a 1 MB source).
 */
async function withNativeHashes(load: ProjectLoad): Promise<ProjectLoad> {
  if (load.status !== 'loaded') return load;
  const texts = load.project.sources.flatMap((ref) => (ref.content ? [ref.content.text] : []));
  await Promise.all(texts.map((text) => contentHashAsync(text))).catch(() => undefined);
  return load;
}

/** What the host read at start-up, kept until the shipped sources are ready too. */
interface StoredLoad {
  load: ProjectLoad;
  storedHistory: string | null;
  format: HistoryFormat;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Adds the open sources the project does not know yet (not an undo step: it is set-up). */
function withSources(project: Project, sources: readonly Source[]): Project {
  const known = new Set(project.sources.map((source) => source.id));
  const missing = sources.filter((source) => !known.has(source.id));
  return missing.length
    ? { ...project, sources: [...project.sources, ...missing.map(sourceRefOf)] }
    : project;
}

/**
 * The analyst's project with undo/redo and autosave. Loads once from the host; a project the host
 * cannot read (corrupt, newer version) is reported and autosave stays off, so the stored file is
 * never overwritten. Every change is saved AUTOSAVE_DELAY_MS after the last one, and never later
 * than AUTOSAVE_MAX_WAIT_MS after it was made; pending work is flushed when the page is hidden.
 */
export function useWorkspace(host: Host, sources: readonly Source[] | null): Workspace | null {
  const [history, setHistory] = useState<History<Project> | null>(null);
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const saved = useRef<Project | null>(null);
  /** The history as last rendered, so a finished write can tell whether it is still current. */
  const latest = useRef<History<Project> | null>(null);
  const persist = useRef(true);
  /** When the oldest change not yet handed to a write was made (ms epoch), or null. */
  const pendingSince = useRef<number | null>(null);

  /** Makes a loaded (or empty) project current, with its undo history when it has one. */
  const adopt = useCallback(
    (load: ProjectLoad, storedHistory: string | null, stored: boolean, format: HistoryFormat) => {
      if (!sources) return;
      const now = new Date().toISOString();
      const project =
        load.status === 'loaded'
          ? load.project
          : createProject({ id: newId(), name: 'Untitled project', now });
      persist.current = load.status !== 'error';
      setSave(
        load.status === 'error'
          ? { state: 'disabled', error: load.error, location: load.location }
          : { state: 'saved' },
      );
      const known = withSources(project, sources);
      // A project read from its own store needs no write; anything else is written at once.
      saved.current = stored && load.status === 'loaded' ? load.project : null;
      // Undo history is restored only onto the very project it was saved with.
      setHistory(
        known === project && load.status === 'loaded'
          ? format.restoreHistory(storedHistory, project)
          : createHistory(known),
      );
    },
    [sources],
  );

  // The stored project is read while the shipped sources are still being parsed (both are
  // needed before anything is shown): the read waits on storage, not on the page.
  const [stored, setStored] = useState<StoredLoad | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      host
        .loadProject()
        .then(withNativeHashes)
        .catch((error: unknown): ProjectLoad => ({
          status: 'error',
          error: `The stored project could not be read: ${errorMessage(error)}`,
          location: 'the project store',
        })),
      host.loadUndoHistory().catch(() => null),
      historyFormat(),
    ]).then(([load, storedHistory, format]) => {
      if (live) setStored({ load, storedHistory, format });
    });
    return () => {
      live = false;
    };
  }, [host]);
  const adopted = useRef<StoredLoad | null>(null);
  useEffect(() => {
    if (!sources || !stored || adopted.current === stored) return;
    adopted.current = stored;
    adopt(stored.load, stored.storedHistory, true, stored.format);
  }, [sources, stored, adopt]);

  /**
   * Switches to another project (File > New / Open) that the host has just made current; an
   * opened project comes with its own undo history. A project that cannot be read is refused.
   */
  const replace = useCallback(
    async (load: ProjectLoad): Promise<string | null> => {
      if (load.status === 'error') return load.error;
      const storedHistory =
        load.status === 'loaded' ? await host.loadUndoHistory().catch(() => null) : null;
      adopt(await withNativeHashes(load), storedHistory, true, await historyFormat());
      return null;
    },
    [adopt, host],
  );

  const flush = useCallback(
    async (current: History<Project>): Promise<void> => {
      const project = current.present;
      pendingSince.current = null;
      if (!persist.current || project === saved.current) return;
      try {
        await host.saveProject(project);
        saved.current = project;
        const { serializeHistoryPieces } = await historyFormat();
        const pieces = serializeHistoryPieces(current);
        await host.saveUndoHistory(concatenated(pieces), pieces).catch(() => undefined);
        // A change made while this write was in flight is still pending: saying "saved" now
        // would let the analyst close the window on an unsaved edit.
        if (latest.current?.present !== project) return;
        setSave((status) => (status.state === 'disabled' ? status : { state: 'saved' }));
      } catch (error) {
        setSave({ state: 'failed', error: errorMessage(error) });
      }
    },
    [host],
  );

  /** Saves pending changes now, before the project is switched under them. */
  latest.current = history;
  const flushNow = useCallback(
    () => (latest.current ? flush(latest.current) : Promise.resolve()),
    [flush],
  );

  useEffect(() => {
    if (!history || !persist.current || history.present === saved.current) {
      pendingSince.current = null;
      return;
    }
    setSave({ state: 'pending' });
    // At most AUTOSAVE_MAX_WAIT_MS after the oldest unsaved edit, even while edits keep coming.
    const since = (pendingSince.current ??= Date.now());
    const wait = Math.min(AUTOSAVE_DELAY_MS, since + AUTOSAVE_MAX_WAIT_MS - Date.now());
    // The write (serialising a large project takes a few hundred ms) waits for the next painted
    // frame too, so it never holds up the frame that shows a change or a project just opened.
    // (A hidden page paints no frames, and an overdue write cannot wait: both write at once.)
    const overdue = wait < AUTOSAVE_DELAY_MS;
    let frame = 0;
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(
      () => {
        if (overdue || document.visibilityState === 'hidden') return void flush(history);
        frame = requestAnimationFrame(() => {
          afterFrame = setTimeout(() => void flush(history), 0);
        });
      },
      Math.max(0, wait),
    );
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(history);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [history, flush]);

  const change = useCallback((label: string, edit: (project: Project) => Project) => {
    setHistory((current) => (current ? commit(current, edit(current.present), label) : current));
  }, []);
  const doUndo = useCallback(
    () => setHistory((current) => (current ? undo(current) : current)),
    [],
  );
  const doRedo = useCallback(
    () => setHistory((current) => (current ? redo(current) : current)),
    [],
  );

  if (!history) return null;
  return {
    project: history.present,
    save,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undoLabel: undoLabel(history),
    redoLabel: redoLabel(history),
    change,
    undo: doUndo,
    redo: doRedo,
    replace,
    flushNow,
  };
}
