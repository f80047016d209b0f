/**
 * The main process: lifecycle only. Window security, IPC handlers and the menu live in modules
 * that take Electron objects as parameters (tested with fakes in tests/electron); this file wires
 * the real ones together.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { eventChannels, type MenuCommand } from '../contract/ipc';
import { registerIpcHandlers } from './ipc/handlers';
import { createServices } from './ipc/services';
import { buildAppMenuTemplate } from './menu/app-menu';
import type { AppLocation } from './window/app-location';
import { createMainWindow } from './window/create-main-window';
import { createReportWindow } from './window/create-report-window';

const devServerUrl =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : '';
const isDevelopment = !app.isPackaged;
const location: AppLocation = devServerUrl
  ? { kind: 'dev-server', url: devServerUrl }
  : { kind: 'file', path: join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`) };
/**
 * The session of the hidden windows reports are printed in: in memory (no "persist:" prefix), so
 * a report shares no cookies, storage or cache with the app and leaves nothing on disk.
 */
const REPORT_PARTITION = 'corroborate-report';
/** dev: the repo's corpus/; packaged: copied next to app.asar by packagerConfig.extraResource. */
const corpusDir = app.isPackaged
  ? join(process.resourcesPath, 'corpus')
  : join(app.getAppPath(), 'corpus');

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    BrowserWindow,
    session: session.defaultSession,
    preloadPath: join(__dirname, 'preload.js'),
    location,
    isDevelopment,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

/** The window the user is looking at: menu commands go there and dialogs attach to it. */
function activeWindow(): BrowserWindow | null {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  return target && !target.isDestroyed() ? target : null;
}

/** Where File > New suggests a project: Documents, or home where the OS names no such folder. */
function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function sendMenuCommand(command: MenuCommand): void {
  activeWindow()?.webContents.send(eventChannels.menuCommand, command);
}

// Every renderer is sandboxed, whatever a window's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    const services = createServices({
      corpusDir,
      userDataDir: app.getPath('userData'),
      documentsDir: documentsDir(),
      showSaveDialog: (options) => {
        const parent = activeWindow();
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const parent = activeWindow();
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      confirm: async (question, yesLabel) => {
        const options = {
          type: 'warning' as const,
          message: question,
          buttons: [yesLabel, 'Cancel'],
          defaultId: 1,
          cancelId: 1,
        };
        const parent = activeWindow();
        const answer = parent
          ? await dialog.showMessageBox(parent, options)
          : await dialog.showMessageBox(options);
        return answer.response === 0;
      },
      createReportWindow: (reportFile) =>
        createReportWindow({
          BrowserWindow,
          session: session.fromPartition(REPORT_PARTITION),
          reportFile,
        }),
    });
    registerIpcHandlers(ipcMain, services, location);
    // A lock left behind would only be taken over at the next start (its pid is gone); releasing
    // it on quit keeps it from ever naming a process that reused the pid.
    app.on('will-quit', () => services.releaseLocks());
    app.setAboutPanelOptions({
      applicationName: 'Corroborate',
      applicationVersion: app.getVersion(),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildAppMenuTemplate({
          platform: process.platform,
          isDevelopment,
          sendCommand: sendMenuCommand,
          showAbout: () => app.showAboutPanel(),
        }),
      ),
    );
    openMainWindow();
  });
}
