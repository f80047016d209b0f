import { describe, expect, it } from 'vitest';
import type { CorpusListing, CorroborateBridge, MenuCommand } from '../../contract/ipc';
import { createElectronHost, hasElectronBridge } from '../../renderer/host/electron-host';
import type { Host } from '../../renderer/host/host';

function fakeBridge() {
  const listing: CorpusListing = { sources: [], problems: [] };
  const listeners: ((command: MenuCommand) => void)[] = [];
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    <T>(name: string, result: T) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
      return Promise.resolve(result);
    };
  const bridge: CorroborateBridge = {
    listCorpus: () => Promise.resolve(listing),
    loadProject: record('loadProject', { status: 'none' as const, location: 'here' }),
    saveProject: record('saveProject', undefined),
    newProject: record('newProject', { status: 'none' as const, location: '/new.json' }),
    openProject: record('openProject', null),
    saveProjectAs: record('saveProjectAs', '/as.json'),
    loadUndoHistory: record('loadUndoHistory', '{"h":1}'),
    saveUndoHistory: record('saveUndoHistory', undefined),
    saveFile: record('saveFile', true),
    openFile: record('openFile', { name: 'a.json', text: '{}' }),
    openBinaryFile: record('openBinaryFile', { name: 'a.pdf', bytes: new Uint8Array([37, 80]) }),
    exportReportPdf: record('exportReportPdf', true),
    onMenuCommand: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  return { bridge, listing, listeners, calls };
}

describe('createElectronHost', () => {
  it('is an electron host whose loadCorpus goes through window.api.listCorpus', async () => {
    const { bridge, listing } = fakeBridge();
    const host = createElectronHost(bridge);
    expect(host.kind).toBe('electron');
    await expect(host.loadCorpus()).resolves.toBe(listing);
  });

  it('forwards every Host method to its bridge function with its arguments', async () => {
    const { bridge, calls } = fakeBridge();
    const host = createElectronHost(bridge);
    const project = { id: 'p' } as unknown as Parameters<typeof host.saveProject>[0];
    await expect(host.loadProject()).resolves.toEqual({ status: 'none', location: 'here' });
    await host.saveProject(project);
    await expect(host.newProject()).resolves.toEqual({ status: 'none', location: '/new.json' });
    await expect(host.openProject()).resolves.toBeNull();
    await expect(host.saveProjectAs(project)).resolves.toBe('/as.json');
    await expect(host.loadUndoHistory()).resolves.toBe('{"h":1}');
    await host.saveUndoHistory('{"h":2}');
    await expect(host.saveFile('x.json', '{}', 'application/json')).resolves.toBe(true);
    await expect(host.openFile(['.json'])).resolves.toEqual({ name: 'a.json', text: '{}' });
    await expect(host.exportReportPdf('<!doctype html>', 'report.pdf')).resolves.toBe(true);
    expect(calls).toEqual([
      { name: 'loadProject', args: [] },
      { name: 'saveProject', args: [project] },
      { name: 'newProject', args: [] },
      { name: 'openProject', args: [] },
      { name: 'saveProjectAs', args: [project] },
      { name: 'loadUndoHistory', args: [] },
      { name: 'saveUndoHistory', args: ['{"h":2}'] },
      { name: 'saveFile', args: ['x.json', '{}', 'application/json'] },
      { name: 'openFile', args: [['.json']] },
      { name: 'exportReportPdf', args: ['<!doctype html>', 'report.pdf'] },
    ]);
  });

  it('offers exportReportPdf, the optional Host method only the desktop host has', () => {
    const host: Host = createElectronHost(fakeBridge().bridge);
    expect(typeof host.exportReportPdf).toBe('function');
  });

  it('forwards menu commands and unsubscribes', () => {
    const { bridge, listeners } = fakeBridge();
    const received: MenuCommand[] = [];
    const unsubscribe = createElectronHost(bridge).onMenuCommand((command) =>
      received.push(command),
    );
    listeners.forEach((listener) => listener('saveAs'));
    unsubscribe();
    expect(received).toEqual(['saveAs']);
    expect(listeners).toHaveLength(0);
  });

  it('says clearly when the bridge is missing', () => {
    expect(() => createElectronHost(undefined)).toThrow(/not running in the desktop app/);
  });

  it.each([
    ['a page with window.api', { api: fakeBridge().bridge }, true],
    ['a page without it (web build)', { api: undefined }, false],
    ['no window at all (Node)', undefined, false],
  ])('hasElectronBridge for %s is %s', (_what, target, expected) => {
    expect(hasElectronBridge(target)).toBe(expected);
  });
});
