import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
} from 'electron';
import { appEntryUrl, type AppLocation } from './app-location';
import { guardWebContents, secureSession } from './security';

/** What the factory needs from Electron, passed in so tests can hand it fakes. */
export interface MainWindowDeps {
  /** Electron's `BrowserWindow` class (or a fake with the same constructor). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;
  /** The session the window uses; it is hardened before the window loads anything. */
  session: Session;
  /** Absolute path of the bundled preload script. */
  preloadPath: string;
  /** Where the app's page is: the dev server or the bundled index.html. */
  location: AppLocation;
  /** True only when running unpackaged (`npm start`): enables DevTools. */
  isDevelopment: boolean;
}

/**
 * Creates the main window with every security setting written out (house rule 8), even where it
 * equals Electron's default: the defaults have changed between versions and a reviewer or
 * Electronegativity should not need to know which version applies. Navigation, popups and
 * permissions are locked down before the first load.
 */
export function createMainWindow({
  BrowserWindow,
  session,
  preloadPath,
  location,
  isDevelopment,
}: MainWindowDeps): ElectronBrowserWindow {
  secureSession(session, location);
  // `new BrowserWindow({...})` with the options inline: Electronegativity only inspects a literal
  // passed to a callee named BrowserWindow.
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Corroborate',
    webPreferences: {
      preload: preloadPath,
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: isDevelopment,
    },
  });
  guardWebContents(window.webContents, location);
  window.once('ready-to-show', () => window.show());
  const loading =
    location.kind === 'dev-server'
      ? window.loadURL(appEntryUrl(location))
      : window.loadFile(location.path);
  loading.catch((error: unknown) => {
    console.error(`Corroborate could not load ${appEntryUrl(location)}:`, error);
  });
  return window;
}
