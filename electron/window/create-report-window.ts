import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
} from 'electron';
import { allowReportFile, lockWebContents, secureReportSession } from './security';

/** What the factory needs from Electron, passed in so tests can hand it fakes. */
export interface ReportWindowDeps {
  /** Electron's `BrowserWindow` class (or a fake with the same constructor). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;
  /**
   * The session only report windows use (main.ts: an in-memory partition), so a report shares
   * no cookies, storage or cache with the app. It is hardened here before the window exists.
   */
  session: Session;
  /** The temporary report file this window prints: the only file it may load. */
  reportFile: string;
}

/**
 * Creates the hidden window a report is printed to PDF in. The report is a self-contained
 * document from core's `renderReport` (inline CSS and SVG, its own CSP, no scripts), so this
 * window is stricter than the main one: JavaScript is off, there is no preload (the page gets
 * no bridge and cannot call any IPC channel), DevTools are off, every navigation is cancelled,
 * `window.open` is denied, every permission is denied and its session cancels any request that
 * is not its own report file or inline data (any other `file:` URL included). Every security setting is written out inline even
 * where it equals Electron's default (house rule 8; the security gate checks this literal).
 * The caller loads the report, prints it and always destroys the window.
 */
export function createReportWindow({
  BrowserWindow,
  session,
  reportFile,
}: ReportWindowDeps): ElectronBrowserWindow {
  secureReportSession(session);
  const revoke = allowReportFile(session, reportFile);
  // `new BrowserWindow({...})` with the options inline: Electronegativity only inspects a literal
  // passed to a callee named BrowserWindow. No `preload` on purpose.
  const window = new BrowserWindow({
    // A4 at 96 dpi: the layout width the report is laid out at before printing; never shown.
    width: 794,
    height: 1123,
    show: false,
    title: 'Corroborate report',
    webPreferences: {
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
  // The report is loaded by the main process (loadFile), which these events do not see; the page
  // itself may go nowhere (a <meta http-equiv="refresh">, a link activated some other way).
  lockWebContents(window.webContents, () => false);
  window.once('closed', revoke);
  return window;
}
