/**
 * The one list of IPC channels between the renderer and the main process: a method map that the
 * preload, the handlers and the renderer's Electron host all type against. Add a channel here
 * first; the compiler then demands its handler and its preload function.
 *
 * It lives outside electron/ and renderer/ so both sides import it without importing each
 * other: it imports only core model types and holds only types and plain constant tables
 * (channel names, menu commands), nothing that needs Electron, Node or the DOM.
 */
import type { Project } from '../core/model/project';
import type { Source } from '../core/model/source';

export interface CorroborateApi {
  /** The shipped corpus articles, loaded and checked by core in the main process. */
  listCorpus(): Promise<CorpusListing>;
  /**
   * Loads the analyst's project file. A damaged or newer file is an error naming the file, which
   * is kept exactly as it is and never saved over; a project another Corroborate holds (its lock
   * file) is an error naming that instance.
   */
  loadProject(): Promise<ProjectLoad>;
  /** Saves the project atomically with rolling backups. Rejects with a readable reason. */
  saveProject(project: Project): Promise<void>;
  /**
   * File > New: asks where to keep a new project (save dialog) and makes that path current.
   * `{ status: 'none' }` for the renderer to start an empty project there; null when cancelled.
   * A path holding a file this version cannot read is refused with `status: 'error'`.
   */
  newProject(): Promise<ProjectLoad | null>;
  /**
   * File > Open: asks for a project file and loads it. Only a project that loads becomes
   * current; a damaged or newer file is `status: 'error'` and the current path stays as it was.
   * Null when cancelled.
   */
  openProject(): Promise<ProjectLoad | null>;
  /**
   * File > Save As: asks where, writes `project` there atomically and makes that path current
   * (later saves and the undo history go there). The new path, or null when cancelled.
   */
  saveProjectAs(project: Project): Promise<string | null>;
  /** The stored undo history beside the project file, or null when there is none. */
  loadUndoHistory(): Promise<string | null>;
  /** Stores the undo history beside the project file (atomic replace). */
  saveUndoHistory(text: string): Promise<void>;
  /**
   * Shows a save dialog and writes `text` where the analyst chose, atomically (a failed write
   * leaves the file there as it was). False when cancelled.
   */
  saveFile(suggestedName: string, text: string, mimeType: string): Promise<boolean>;
  /** Shows an open dialog for the given extensions (".json"; MIME types are ignored). */
  openFile(accept: readonly string[]): Promise<PickedFile | null>;
  /** Like openFile, but returns the raw bytes (PDF, Word and other binary sources to import). */
  openBinaryFile(accept: readonly string[]): Promise<PickedBinaryFile | null>;
  /**
   * Report > PDF: asks where to save (the name ends in ".pdf"), then prints `html` (a
   * self-contained report from core's `renderReport`: no scripts, its own CSP) to an A4 PDF in a
   * hidden, script-less window and writes it atomically. False when the dialog is cancelled;
   * rejects with a readable reason when the arguments are refused or rendering fails or times out.
   */
  exportReportPdf(html: string, suggestedName: string): Promise<boolean>;
}

/** What loading the project found: a project, nothing saved yet, or a readable error. */
export type ProjectLoad =
  | { status: 'loaded'; project: Project; location: string }
  | { status: 'none'; location: string }
  | { status: 'error'; error: string; location: string };

/** A file the analyst picked: its name (no folder) and its text. */
export interface PickedFile {
  name: string;
  text: string;
}

/** A file the analyst picked, as bytes: its name (no folder) and its content. */
export interface PickedBinaryFile {
  name: string;
  bytes: Uint8Array;
}

/** Sources that loaded, and the files that did not with the reason. */
export interface CorpusListing {
  sources: Source[];
  problems: { file: string; error: string }[];
}

/** Channel name of every method. Names are namespaced so a log line says which part spoke. */
export const channels = {
  listCorpus: 'corpus:list',
  loadProject: 'project:load',
  saveProject: 'project:save',
  newProject: 'project:new',
  openProject: 'project:open',
  saveProjectAs: 'project:save-as',
  loadUndoHistory: 'history:load',
  saveUndoHistory: 'history:save',
  saveFile: 'file:save',
  openFile: 'file:open',
  openBinaryFile: 'file:open-binary',
  exportReportPdf: 'report:export-pdf',
} as const satisfies Record<keyof CorroborateApi, string>;

export type ChannelName = (typeof channels)[keyof typeof channels];

/**
 * Commands the native menu forwards to the focused window. The renderer owns what they do (the
 * editor's undo history, the project dialogs), the main process only routes the click.
 */
export const menuCommands = [
  'newProject',
  'openProject',
  'saveAs',
  'importSource',
  'importJson',
  'exportJson',
  'undo',
  'redo',
  'showShortcuts',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/**
 * Events the main process pushes to the renderer: event name -> payload. A separate map from
 * `CorroborateApi` because they flow the other way (main -> renderer, no reply).
 */
export interface CorroborateEvents {
  menuCommand: MenuCommand;
}

/** Channel name of every event, namespaced like `channels`. */
export const eventChannels = {
  menuCommand: 'menu:command',
} as const satisfies Record<keyof CorroborateEvents, string>;

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** One typed `onX(listener)` per event: `menuCommand` -> `onMenuCommand`. */
export type CorroborateSubscriptions = {
  [K in keyof CorroborateEvents as `on${Capitalize<K>}`]: (
    listener: (payload: CorroborateEvents[K]) => void,
  ) => Unsubscribe;
};

/** Everything the preload exposes as `window.api`: one function per channel and per event. */
export type CorroborateBridge = CorroborateApi & CorroborateSubscriptions;

/** True for a string that names a menu command; the preload drops anything else. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
