import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { listCorpus } from '../../electron/corpus/list-corpus';
import { channels, type CorroborateApi } from '../../contract/ipc';
import { registerIpcHandlers, type CorroborateHandlers } from '../../electron/ipc/handlers';
import type { AppLocation } from '../../electron/window/app-location';
import { validArguments } from './ipc-calls';

const packaged: AppLocation = {
  kind: 'file',
  path: '/opt/Corroborate/resources/app.asar/.vite/renderer/main_window/index.html',
};
const dev: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173' };
const APP_FILE = 'file:///opt/Corroborate/resources/app.asar/.vite/renderer/main_window/index.html';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function register(location: AppLocation) {
  const registered = new Map<string, Handler>();
  const calls: { name: string; args: unknown[] }[] = [];
  // Every handler records its call and answers with its own name.
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
  return { registered, calls };
}

function eventFrom(frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('registerIpcHandlers', () => {
  it('the sender-check tables below run over every channel, File > New/Open/Save As and Report > PDF included', () => {
    expect(Object.keys(channels)).toEqual(
      expect.arrayContaining(['newProject', 'openProject', 'saveProjectAs', 'exportReportPdf']),
    );
    expect(channels).toMatchObject({
      newProject: 'project:new',
      openProject: 'project:open',
      saveProjectAs: 'project:save-as',
      exportReportPdf: 'report:export-pdf',
    });
  });

  it('registers exactly one handler per contract channel', () => {
    const { registered } = register(packaged);
    expect([...registered.keys()].sort()).toEqual(Object.values(channels).sort());
  });

  it.each([
    ['packaged', APP_FILE],
    ['packaged', `${APP_FILE}#/project/1`],
    ['packaged', `${APP_FILE}?tab=sources`],
    ['dev', 'http://localhost:5173/'],
    ['dev', 'http://localhost:5173/index.html'],
  ] as const)(
    '%s app: accepts its own page %s on every channel and delegates',
    async (mode, url) => {
      const { registered, calls } = register(mode === 'dev' ? dev : packaged);
      for (const [name, channel] of Object.entries(channels)) {
        const handler = registered.get(channel)!;
        const args = validArguments[name as keyof CorroborateApi];
        await expect(
          Promise.resolve().then(() => handler(eventFrom({ url, parent: null }), ...args)),
        ).resolves.toBe(`result of ${name}`);
      }
      expect(calls).toEqual(
        Object.keys(channels).map((name) => ({
          name: name as keyof CorroborateApi,
          args: validArguments[name as keyof CorroborateApi],
        })),
      );
    },
  );

  it.each([
    ['packaged', 'another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['packaged', 'a web page', { url: 'https://example.com/', parent: null }],
    ['packaged', 'the dev server URL', { url: 'http://localhost:5173/', parent: null }],
    ['packaged', 'an iframe inside the app', { url: APP_FILE, parent: {} }],
    ['packaged', 'a destroyed frame', null],
    ['packaged', 'an empty URL', { url: '', parent: null }],
    ['dev', 'another port', { url: 'http://localhost:5174/', parent: null }],
    ['dev', 'another host', { url: 'http://evil.localhost:5173/', parent: null }],
    ['dev', 'a file', { url: APP_FILE, parent: null }],
    ['dev', 'about:blank', { url: 'about:blank', parent: null }],
  ] as const)(
    '%s app: rejects %s on every channel without calling core',
    async (mode, _what, frame) => {
      const { registered, calls } = register(mode === 'dev' ? dev : packaged);
      for (const [name, channel] of Object.entries(channels)) {
        const handler = registered.get(channel)!;
        const args = validArguments[name as keyof CorroborateApi];
        await expect(
          Promise.resolve().then(() => handler(eventFrom(frame), ...args)),
        ).rejects.toThrow(/IPC refused/);
      }
      expect(calls).toEqual([]);
    },
  );
});

describe('listCorpus', () => {
  const corpusDir = join(import.meta.dirname, '../../corpus');
  let scratch: string | null = null;
  afterEach(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    scratch = null;
  });

  it('loads every shipped article, sorted, with no problems', async () => {
    const files = (await readdir(corpusDir)).filter((name) => name.endsWith('.md')).sort();
    const result = await listCorpus(corpusDir);
    expect(result.problems).toEqual([]);
    expect(result.sources.map((source) => `${source.id}.md`)).toEqual(files);
    for (const source of result.sources) {
      expect(source.path).toBe(`corpus/${source.id}.md`);
      expect(source.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['too large', 'big.md', 'x'.repeat(2000), /limit is 1000/],
    ['binary', 'binary.md', 'abc\u0000def', /binary/],
    ['broken metadata', 'bad.md', '---\nreliability: Z\n---\nSome text.\n', /metadata field/],
    ['empty', 'empty.md', '', /no text/],
  ])(
    'reports a %s file as a problem and still loads the others',
    async (_what, name, content, error) => {
      scratch = await mkdtemp(join(tmpdir(), 'corroborate-corpus-'));
      await writeFile(join(scratch, 'good.md'), '---\ntitle: Good\n---\nNine people died.\n');
      await writeFile(join(scratch, 'notes.txt'), 'not an article');
      await mkdir(join(scratch, 'folder.md'));
      await writeFile(join(scratch, name), content);
      const result = await listCorpus(scratch, { maxFileBytes: 1000 });
      expect(result.sources.map((source) => source.id)).toEqual(['good']);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.file).toBe(`corpus/${name}`);
      expect(result.problems[0]?.error).toMatch(error);
    },
  );

  it('caps the number of files and says so', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'corroborate-corpus-'));
    for (const name of ['a.md', 'b.md', 'c.md']) {
      await writeFile(join(scratch, name), `---\ntitle: ${name}\n---\nText.\n`);
    }
    const result = await listCorpus(scratch, { maxFiles: 2 });
    expect(result.sources.map((source) => source.id)).toEqual(['a', 'b']);
    expect(result.problems).toEqual([
      { file: 'corpus/c.md', error: expect.stringMatching(/more than 2/) as unknown },
    ]);
  });

  it('reports a missing corpus folder instead of throwing', async () => {
    const result = await listCorpus(join(tmpdir(), 'corroborate-no-such-folder'));
    expect(result.sources).toEqual([]);
    expect(result.problems[0]?.error).toMatch(/cannot be read/);
  });
});
