import type {
  CorpusListing,
  MenuCommand,
  PickedBinaryFile,
  PickedFile,
  ProjectLoad,
} from '../../contract/ipc';
import type { Project } from '../../core/model/project';

export type { MenuCommand, PickedBinaryFile, PickedFile, ProjectLoad };

/**
 * What the UI needs from the outside world. The Electron host forwards to the preload's
 * `window.api`; the browser host (web build) serves the bundled corpus and keeps projects in
 * IndexedDB. The UI never knows which one it has.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  loadCorpus(): Promise<CorpusListing>;
  /** Loads the current project. A corrupt or newer-version project is an error, left untouched. */
  loadProject(): Promise<ProjectLoad>;
  /** Saves the project atomically, keeping a backup of the previous save. Rejects with a reason. */
  saveProject(project: Project): Promise<void>;
  /**
   * File > New: starts an empty project (Electron asks where to keep it; the browser keeps the
   * previous project as its backup). Null when the analyst cancels.
   */
  newProject(): Promise<ProjectLoad | null>;
  /** File > Open: lets the analyst pick a project file and makes it current. Null when cancelled. */
  openProject(): Promise<ProjectLoad | null>;
  /** File > Save As: writes the project to a place the analyst picks; its location, or null. */
  saveProjectAs(project: Project): Promise<string | null>;
  /** The stored undo history of the current project (see core/history/persisted-history). */
  loadUndoHistory(): Promise<string | null>;
  /**
   * Stores the undo history beside the project, so undo survives a reload or a crash. `pieces`,
   * when given, are the text's own pieces in order (a host may send them on without copying).
   */
  saveUndoHistory(text: string, pieces?: readonly string[]): Promise<void>;
  /** Offers `text` to the analyst as a file (download or save dialog). False when cancelled. */
  saveFile(suggestedName: string, text: string, mimeType: string): Promise<boolean>;
  /** Lets the analyst pick a file; null when cancelled. */
  openFile(accept: readonly string[]): Promise<PickedFile | null>;
  /** Lets the analyst pick a file to import as a source, read as bytes; null when cancelled. */
  openBinaryFile(accept: readonly string[]): Promise<PickedBinaryFile | null>;
  /**
   * Saves a report (self-contained HTML from core's renderReport) as a PDF where the analyst
   * chooses. False when cancelled; rejects with a readable reason when printing fails. Only the
   * desktop host has it: the browser host offers the HTML report as a download instead, so the
   * UI checks `host.exportReportPdf` before offering "Report as PDF".
   */
  exportReportPdf?(html: string, suggestedName: string): Promise<boolean>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
