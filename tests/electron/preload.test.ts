import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  channels,
  eventChannels,
  type CorroborateBridge,
  type MenuCommand,
} from '../../contract/ipc';

// The preload runs against a fake `electron`: the real package would try to download the runtime.
const fake = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as { channel: string; args: unknown[] }[],
    listeners,
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      fake.invoked.push({ channel, args });
      return Promise.resolve({ sources: [], problems: [] });
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!fake.listeners.has(channel)) fake.listeners.set(channel, new Set());
      fake.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      fake.listeners.get(channel)?.delete(listener);
    },
  },
}));

let api: CorroborateBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  api = fake.exposed.get('api') as CorroborateBridge;
});

describe('preload', () => {
  it('exposes only `api` in the main world', () => {
    expect([...fake.exposed.keys()]).toEqual(['api']);
  });

  it('exposes exactly one function per contract channel and per event, nothing generic', () => {
    const expected = [
      ...Object.keys(channels),
      ...Object.keys(eventChannels).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`),
    ].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    for (const generic of ['send', 'invoke', 'on', 'ipcRenderer', 'sendSync']) {
      expect(api).not.toHaveProperty(generic);
    }
  });

  const project = { id: 'p1' };
  it.each([
    ['listCorpus', [], []],
    ['loadProject', [], []],
    ['saveProject', [project], [project]],
    ['newProject', [], []],
    ['openProject', [], []],
    ['saveProjectAs', [project], [project]],
    ['loadUndoHistory', [], []],
    ['saveUndoHistory', ['{"h":1}'], ['{"h":1}']],
    ['saveFile', ['a.json', '{}', 'application/json'], ['a.json', '{}', 'application/json']],
    ['openFile', [['.json', 'application/json']], [['.json', 'application/json']]],
    ['openBinaryFile', [['.pdf', '.docx']], [['.pdf', '.docx']]],
    ['exportReportPdf', ['<!doctype html>', 'report.pdf'], ['<!doctype html>', 'report.pdf']],
  ] as const)('%s invokes its own channel with exactly its arguments', async (name, args, sent) => {
    fake.invoked.length = 0;
    await (api[name] as (...args: unknown[]) => Promise<unknown>)(...args);
    expect(fake.invoked).toEqual([{ channel: channels[name], args: sent }]);
  });

  it('the table above covers every channel', () => {
    expect(Object.keys(channels).sort()).toEqual(
      [
        'listCorpus',
        'loadProject',
        'saveProject',
        'newProject',
        'openProject',
        'saveProjectAs',
        'loadUndoHistory',
        'saveUndoHistory',
        'openFile',
        'openBinaryFile',
        'saveFile',
        'exportReportPdf',
      ].sort(),
    );
  });

  it('onMenuCommand delivers valid commands without the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args));
    fake.emit(eventChannels.menuCommand, 'undo' satisfies MenuCommand);
    fake.emit(eventChannels.menuCommand, 'exportJson' satisfies MenuCommand);
    expect(received).toEqual([['undo'], ['exportJson']]);
    unsubscribe();
    fake.emit(eventChannels.menuCommand, 'redo');
    expect(received).toHaveLength(2);
    expect(fake.listeners.get(eventChannels.menuCommand)?.size ?? 0).toBe(0);
  });

  it.each([['rm -rf'], [42], [null], [{ command: 'undo' }]])(
    'onMenuCommand drops a payload that is not a menu command: %j',
    (payload) => {
      const received: unknown[] = [];
      const unsubscribe = api.onMenuCommand((command) => received.push(command));
      fake.emit(eventChannels.menuCommand, payload);
      unsubscribe();
      expect(received).toEqual([]);
    },
  );
});
