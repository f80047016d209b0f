import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../contract/ipc';

export interface AppMenuOptions {
  /** `process.platform`: macOS gets the application menu and keeps Quit there. */
  platform: NodeJS.Platform;
  /** True only when running unpackaged: adds Reload and Toggle Developer Tools. */
  isDevelopment: boolean;
  /** Forwards a command to the focused window's renderer. */
  sendCommand: (command: MenuCommand) => void;
  /** Shows the About panel. */
  showAbout: () => void;
}

/**
 * The native menu as data: File / Edit / View / Help, built from callbacks so it can be tested
 * without Electron. Anything that changes the document goes to the renderer as a command.
 *
 * Undo and Redo are not Electron's `undo`/`redo` roles: those drive Chromium's own editing
 * history, which knows nothing of ProseMirror's. They send a command instead, and their
 * accelerators are shown but not registered (`registerAccelerator: false`), so Ctrl/Cmd+Z reaches
 * the editor's keymap once rather than also firing the menu item.
 */
export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { platform, isDevelopment, sendCommand, showAbout } = options;
  const mac = platform === 'darwin';
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
    registerAccelerator = true,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
    click: () => sendCommand(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Project', 'newProject', 'CmdOrCtrl+N'),
      command('Open Project...', 'openProject', 'CmdOrCtrl+O'),
      command('Save As...', 'saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      command('Import Source...', 'importSource', 'CmdOrCtrl+I'),
      command('Import JSON...', 'importJson'),
      command('Export JSON...', 'exportJson', 'CmdOrCtrl+E'),
      ...(mac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z', false),
      command('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', false),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDevelopment
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      command('Keyboard Shortcuts', 'showShortcuts', 'CmdOrCtrl+/'),
      separator,
      { label: 'About Corroborate', click: showAbout },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Corroborate',
          submenu: [
            { label: 'About Corroborate', click: showAbout },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
