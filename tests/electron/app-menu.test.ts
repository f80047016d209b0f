import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommands, type MenuCommand } from '../../contract/ipc';
import { buildAppMenuTemplate } from '../../electron/menu/app-menu';

function build(platform: NodeJS.Platform, isDevelopment: boolean) {
  const sent: MenuCommand[] = [];
  let about = 0;
  const template = buildAppMenuTemplate({
    platform,
    isDevelopment,
    sendCommand: (command) => sent.push(command),
    showAbout: () => (about += 1),
  });
  return { template, sent, about: () => about };
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  expect(menu, `${label} menu`).toBeDefined();
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function roles(items: MenuItemConstructorOptions[]) {
  return items.flatMap((item) => (item.role ? [item.role] : []));
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

const platforms: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];

describe('buildAppMenuTemplate', () => {
  it.each([
    ['linux', ['File', 'Edit', 'View', 'Help']],
    ['win32', ['File', 'Edit', 'View', 'Help']],
    ['darwin', ['Corroborate', 'File', 'Edit', 'View', 'Help']],
  ] as const)('%s: top-level menus are %j', (platform, labels) => {
    expect(build(platform, false).template.map((item) => item.label)).toEqual(labels);
  });

  it.each([
    ['New Project', 'newProject'],
    ['Open Project...', 'openProject'],
    ['Save As...', 'saveAs'],
    ['Import Source...', 'importSource'],
    ['Import JSON...', 'importJson'],
    ['Export JSON...', 'exportJson'],
  ] as const)('File > %s sends %s to the renderer', (label, command) => {
    for (const platform of platforms) {
      const { template, sent } = build(platform, false);
      click(submenu(template, 'File').find((item) => item.label === label));
      expect(sent).toEqual([command]);
    }
  });

  it.each([
    ['linux', 'File'],
    ['win32', 'File'],
    ['darwin', 'Corroborate'],
  ] as const)('%s: Quit is in the %s menu', (platform, menu) => {
    expect(roles(submenu(build(platform, false).template, menu))).toContain('quit');
  });

  it.each([
    ['Undo', 'undo'],
    ['Redo', 'redo'],
  ] as const)(
    'Edit > %s sends %s to the renderer, not a Chromium role, and leaves the key to the editor',
    (label, command) => {
      const { template, sent } = build('linux', false);
      const item = submenu(template, 'Edit').find((entry) => entry.label === label);
      expect(item?.role).toBeUndefined();
      expect(item?.accelerator).toBeTruthy();
      expect(item?.registerAccelerator).toBe(false);
      click(item);
      expect(sent).toEqual([command]);
    },
  );

  it('Edit has the clipboard roles', () => {
    expect(roles(submenu(build('linux', false).template, 'Edit'))).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it.each([
    [false, ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']],
    [true, ['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']],
  ] as const)('View with isDevelopment=%s has exactly %j', (isDevelopment, expected) => {
    for (const platform of platforms) {
      expect(roles(submenu(build(platform, isDevelopment).template, 'View'))).toEqual(expected);
    }
  });

  it('production has no developer item anywhere', () => {
    for (const platform of platforms) {
      const all = JSON.stringify(build(platform, false).template);
      expect(all).not.toMatch(/reload|forceReload|toggleDevTools/i);
    }
  });

  it('Help has Keyboard Shortcuts (to the renderer) and About', () => {
    for (const platform of platforms) {
      const { template, sent, about } = build(platform, false);
      const help = submenu(template, 'Help');
      click(help.find((item) => item.label === 'Keyboard Shortcuts'));
      click(help.find((item) => item.label === 'About Corroborate'));
      expect(sent).toEqual(['showShortcuts']);
      expect(about()).toBe(1);
    }
  });

  it.each(platforms)('%s: every menu command of the contract has a menu item', (platform) => {
    const { template, sent } = build(platform, true);
    const visit = (items: MenuItemConstructorOptions[]) => {
      for (const item of items) {
        click(item);
        if (Array.isArray(item.submenu)) visit(item.submenu);
      }
    };
    visit(template);
    expect([...new Set(sent)].sort()).toEqual([...menuCommands].sort());
  });

  it('every accelerator is unique', () => {
    const accelerators = build('linux', true)
      .template.flatMap((menu) => (menu.submenu ?? []) as MenuItemConstructorOptions[])
      .flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
