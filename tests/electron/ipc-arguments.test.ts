// Every IPC channel parses its arguments with its schema (electron/ipc/argument-schemas.ts) after
// the sender check and before the service: well-formed calls reach the service, malformed ones
// are refused with the channel and the first problem named, and the service is never called.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { argumentSchemas } from '../../electron/ipc/argument-schemas';
import { channels, type CorroborateApi } from '../../contract/ipc';
import { registerIpcHandlers, type CorroborateHandlers } from '../../electron/ipc/handlers';
import {
  MAX_ACCEPT_CHARS,
  MAX_ACCEPT_ENTRIES,
  MAX_FILE_BYTES,
  MAX_HISTORY_CHARS,
  MAX_MIME_CHARS,
  MAX_NAME_CHARS,
  MAX_REPORT_BYTES,
} from '../../electron/ipc/limits';
import type { AppLocation } from '../../electron/window/app-location';
import { validArguments, validProject } from './ipc-calls';

type Channel = keyof CorroborateApi;
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const location: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173' };
const appFrame = { senderFrame: { url: 'http://localhost:5173/', parent: null } };

/** Registers fake services that record their calls; `call` invokes a channel as Electron would. */
function register() {
  const registered = new Map<string, Handler>();
  const calls: { name: string; args: unknown[] }[] = [];
  const handlers = Object.fromEntries(
    Object.keys(channels).map((name) => [
      name,
      (...args: unknown[]) => {
        calls.push({ name, args });
        return Promise.resolve(`result of ${name}`);
      },
    ]),
  ) as unknown as CorroborateHandlers;
  registerIpcHandlers(
    { handle: (channel: string, handler: Handler) => void registered.set(channel, handler) },
    handlers,
    location,
  );
  const call = (name: Channel, args: readonly unknown[], event: object = appFrame) =>
    Promise.resolve().then(() =>
      registered.get(channels[name])!(event as IpcMainInvokeEvent, ...args),
    );
  return { call, calls };
}

const allChannels = Object.keys(channels) as Channel[];
const noArgumentChannels = allChannels.filter((name) => validArguments[name].length === 0);
const HTML = validArguments.exportReportPdf[0];

/** A project with one field removed (a shallow copy, the fixture stays whole). */
function without(field: keyof typeof validProject): unknown {
  const copy: Record<string, unknown> = { ...validProject };
  delete copy[field];
  return copy;
}

const claim = validProject.claims[0]!;

/** [what, argument list, the problem the rejection must name]; lists are built when run. */
type Malformed = [string, () => readonly unknown[], RegExp];

const projectCases: Malformed[] = [
  ['no argument', () => [], /expected 1 argument, got 0/],
  ['an extra argument', () => [validProject, 'extra'], /expected 1 argument, got 2/],
  ['null', () => [null], /argument 1: .*expected object/],
  ['a string', () => ['project'], /argument 1: .*expected object/],
  ['a list of projects', () => [[validProject]], /argument 1: .*expected object/],
  ['a project missing its id', () => [without('id')], /argument 1 \(id\)/],
  ['a project missing its claims', () => [without('claims')], /argument 1 \(claims\)/],
  ['a project missing its sources', () => [without('sources')], /argument 1 \(sources\)/],
  [
    'a project with a broken claim list',
    () => [{ ...validProject, claims: 'none' }],
    /argument 1 \(claims\)/,
  ],
  [
    'a project whose claim lost a field',
    () => [{ ...validProject, claims: [{ ...claim, target: undefined }] }],
    /argument 1 \(claims\[0\]\.target\)/,
  ],
  [
    'a project of another schema version',
    () => [{ ...validProject, schemaVersion: 99 }],
    /argument 1 \(schemaVersion\)/,
  ],
];

const acceptCases: Malformed[] = [
  ['no argument', () => [], /expected 1 argument, got 0/],
  ['an extra argument', () => [['.json'], 'extra'], /expected 1 argument, got 2/],
  ['a string instead of a list', () => ['.json'], /argument 1: .*expected array/],
  ['an array-like object', () => [{ length: 1, 0: '.json' }], /argument 1: .*expected array/],
  ['a list of numbers', () => [[1, 2]], /argument 1 \(\[0\]\): .*expected string/],
  [
    'a list that is too long',
    () => [Array.from({ length: MAX_ACCEPT_ENTRIES + 1 }, () => '.md')],
    /more than 20 entries/,
  ],
  ['an entry that is too long', () => [[`.${'x'.repeat(MAX_ACCEPT_CHARS)}`]], /over 100 char/],
];

const malformed: Record<Channel, Malformed[]> = {
  listCorpus: [],
  loadProject: [],
  newProject: [],
  openProject: [],
  loadUndoHistory: [],
  saveProject: projectCases,
  saveProjectAs: projectCases,
  saveUndoHistory: [
    ['no argument', () => [], /expected 1 argument, got 0/],
    ['an extra argument', () => ['{}', '{}'], /expected 1 argument, got 2/],
    ['not text', () => [{ entries: [] }], /argument 1: .*expected string/],
    ['null', () => [null], /argument 1: .*expected string/],
    ['too large', () => ['x'.repeat(MAX_HISTORY_CHARS + 1)], /undo history is too large/],
  ],
  saveFile: [
    ['no argument', () => [], /expected 3 arguments, got 0/],
    ['two arguments', () => ['a.json', '{}'], /expected 3 arguments, got 2/],
    ['an extra argument', () => ['a.json', '{}', 'text/plain', 'x'], /expected 3 arguments, got 4/],
    ['a non-string name', () => [42, 'x', 'text/plain'], /argument 1: .*expected string/],
    ['an empty name', () => ['', 'x', 'text/plain'], /argument 1: .*1 to 255/],
    [
      'a name over 255 characters',
      () => ['a'.repeat(MAX_NAME_CHARS + 1), 'x', 'text/plain'],
      /argument 1: .*1 to 255/,
    ],
    ['non-text content', () => ['a.txt', { a: 1 }, 'text/plain'], /argument 2: .*expected string/],
    ['bytes as content', () => ['a.txt', new Uint8Array(3), 'text/plain'], /argument 2/],
    [
      'content over the cap',
      () => ['a.txt', 'x'.repeat(MAX_FILE_BYTES + 1), 'text/plain'],
      /argument 2: the file is larger than 50 MB/,
    ],
    [
      'content over the cap in UTF-8 only',
      () => ['a.txt', 'é'.repeat(MAX_FILE_BYTES / 2 + 1), 'text/plain'],
      /argument 2: the file is larger than 50 MB/,
    ],
    ['a null MIME type', () => ['a.txt', 'x', null], /argument 3: .*expected string/],
    [
      'a MIME type over 100 characters',
      () => ['a.txt', 'x', 'x'.repeat(MAX_MIME_CHARS + 1)],
      /argument 3: the MIME type is over 100/,
    ],
  ],
  openFile: acceptCases,
  openBinaryFile: acceptCases,
  exportReportPdf: [
    ['no argument', () => [], /expected 2 arguments, got 0/],
    ['the html alone', () => [HTML], /expected 2 arguments, got 1/],
    ['an extra argument', () => [HTML, 'r.pdf', 'x'], /expected 2 arguments, got 3/],
    ['html that is not a string', () => [{ html: HTML }, 'r.pdf'], /argument 1: .*expected string/],
    ['empty html', () => ['', 'r.pdf'], /argument 1: the report must be non-empty/],
    [
      'html over the cap',
      () => ['x'.repeat(MAX_REPORT_BYTES + 1), 'r.pdf'],
      /argument 1: the report is larger than 20 MB/,
    ],
    [
      'html over the cap in UTF-8 only',
      () => ['é'.repeat(MAX_REPORT_BYTES / 2 + 1), 'r.pdf'],
      /argument 1: the report is larger than 20 MB/,
    ],
    ['a name that is not a string', () => [HTML, 42], /argument 2: .*expected string/],
    ['an empty name', () => [HTML, ''], /argument 2: .*1 to 255/],
    ['a name over 255 characters', () => [HTML, 'a'.repeat(256)], /argument 2: .*1 to 255/],
  ],
};

// Every no-argument channel refuses arguments.
for (const name of noArgumentChannels) {
  malformed[name].push(
    ['one argument', () => ['x'], /expected 0 arguments, got 1/],
    ['an undefined argument', () => [undefined], /expected 0 arguments, got 1/],
    ['a project', () => [validProject], /expected 0 arguments, got 1/],
  );
}

const malformedCalls = allChannels.flatMap((name) =>
  malformed[name].map(([what, args, problem]) => [name, what, args, problem] as const),
);

describe('argument schemas', () => {
  it('has exactly one schema per contract channel', () => {
    expect(Object.keys(argumentSchemas).sort()).toEqual(Object.keys(channels).sort());
    expect(Object.keys(validArguments).sort()).toEqual(Object.keys(channels).sort());
  });

  it('every channel has malformed cases below, at least a wrong count', () => {
    for (const name of allChannels) {
      expect(malformed[name].length, name).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('handlers parse arguments before calling a service', () => {
  it.each(allChannels)('%s: a well-formed call reaches the service unchanged', async (name) => {
    const { call, calls } = register();
    await expect(call(name, validArguments[name])).resolves.toBe(`result of ${name}`);
    expect(calls).toEqual([{ name, args: validArguments[name] }]);
  });

  it.each(malformedCalls)(
    '%s refuses %s without calling the service',
    async (name, _what, args, problem) => {
      const { call, calls } = register();
      const rejection = call(name, args());
      await expect(rejection).rejects.toThrow(
        `IPC refused: invalid arguments for ${channels[name]} (${name}): `,
      );
      await expect(rejection).rejects.toThrow(problem);
      expect(calls).toEqual([]);
    },
  );

  it('checks the sender first: a foreign page with bad arguments hears only "not the app"', async () => {
    const { call, calls } = register();
    const foreign = { senderFrame: { url: 'https://example.com/', parent: null } };
    await expect(call('saveFile', [42], foreign)).rejects.toThrow(
      /IPC refused: https:\/\/example.com\/ is not the app/,
    );
    expect(calls).toEqual([]);
  });

  it('accepts strings exactly at their caps', async () => {
    const { call, calls } = register();
    await call('saveUndoHistory', ['x'.repeat(MAX_HISTORY_CHARS)]);
    await call('exportReportPdf', ['x'.repeat(MAX_REPORT_BYTES), 'n'.repeat(MAX_NAME_CHARS)]);
    await call('openFile', [Array.from({ length: MAX_ACCEPT_ENTRIES }, () => '.md')]);
    expect(calls.map((c) => c.name)).toEqual(['saveUndoHistory', 'exportReportPdf', 'openFile']);
  });

  it('passes the parsed project: keys the project format does not know are dropped, as saving would', async () => {
    const { call, calls } = register();
    await call('saveProject', [{ ...validProject, injected: '<script>' }]);
    expect(calls[0]?.args).toEqual([validProject]);
    expect(calls[0]?.args[0]).not.toHaveProperty('injected');
  });

  it('accept lists reach the service as plain string lists', async () => {
    const { call, calls } = register();
    await call('openBinaryFile', [['.pdf']]);
    expect(calls[0]?.args).toEqual([['.pdf']]);
  });
});
