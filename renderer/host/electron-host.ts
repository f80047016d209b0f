import type { CorroborateBridge, MenuCommand, Unsubscribe } from '../../contract/ipc';
import type { Host } from './host';

/** The Host inside Electron: every call goes through the preload's `window.api`. */
export interface ElectronHost extends Host {
  readonly kind: 'electron';
  /** Always present in the desktop app (optional on Host, where the browser has none). */
  exportReportPdf(html: string, suggestedName: string): Promise<boolean>;
  /** Native menu commands (File, Edit > Undo, ...) routed to this window. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
}

/** The preload bridge of this page, or undefined outside the desktop app (web build, tests). */
function pageBridge(): CorroborateBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.api;
}

/** True when the preload bridge is present, i.e. the page runs inside the Electron shell. */
export function hasElectronBridge(target: Pick<Window, 'api'> | undefined = undefined): boolean {
  return (target ? target.api : pageBridge()) !== undefined;
}

/**
 * Wraps the preload bridge as a Host. The bridge defaults to `window.api`; tests pass a fake.
 * Throws a readable error when there is none instead of failing at the first call.
 */
export function createElectronHost(
  bridge: CorroborateBridge | undefined = pageBridge(),
): ElectronHost {
  if (!bridge) {
    throw new Error(
      'The Electron bridge (window.api) is missing: this page is not running in the desktop app.',
    );
  }
  return {
    kind: 'electron',
    loadCorpus: () => bridge.listCorpus(),
    loadProject: () => bridge.loadProject(),
    saveProject: (project) => bridge.saveProject(project),
    newProject: () => bridge.newProject(),
    openProject: () => bridge.openProject(),
    saveProjectAs: (project) => bridge.saveProjectAs(project),
    loadUndoHistory: () => bridge.loadUndoHistory(),
    saveUndoHistory: (text) => bridge.saveUndoHistory(text),
    saveFile: (suggestedName, text, mimeType) => bridge.saveFile(suggestedName, text, mimeType),
    openFile: (accept) => bridge.openFile(accept),
    openBinaryFile: (accept) => bridge.openBinaryFile(accept),
    exportReportPdf: (html, suggestedName) => bridge.exportReportPdf(html, suggestedName),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
