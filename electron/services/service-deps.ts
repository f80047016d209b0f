import type { Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ReportWindow } from '../report/print-report';
import type { LockOptions } from '../store/project-lock';

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
   * Creates the hidden, script-less window a report is printed in, allowed to load only
   * `reportFile` (main.ts binds window/create-report-window.ts to Electron; tests pass fakes).
   */
  createReportWindow: (reportFile: string) => ReportWindow;
  /** How long printing one report may take; REPORT_TIMEOUT_MS (30 s) unless a test says so. */
  reportTimeoutMs?: number;
  /** Where a report's temporary HTML file goes; the OS temp folder unless a test says so. */
  tempDir?: string;
  /**
   * Asks the analyst a yes/no question (main.ts: a native message box; absent in tests that do
   * not answer it, and then the answer is no, so nothing is ever replaced without a yes).
   */
  confirm?: (question: string, yesLabel: string) => Promise<boolean>;
  /** Reports a problem that does not fail the call (settings or history copy not written). */
  warn?: (message: string) => void;
  /** Who this instance is, for the project lock files; tests pretend to be a second instance. */
  lock?: LockOptions;
}

/** A channel's refusal: rejects the renderer's promise with this sentence. */
export function refuse(message: string): never {
  throw new Error(message);
}
