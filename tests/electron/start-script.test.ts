// `npm start` where the Electron runtime cannot be had: scripts/start.mjs with a stand-in for the
// `electron` module (CORROBORATE_ELECTRON_PROBE), so the real download is never attempted. Each
// case must end with the one clear message and none of the noise it replaces.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = join(import.meta.dirname, '../../scripts/start.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-start-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the real `electron` package prints and throws when its download fails. */
const FAILED_DOWNLOAD = `
console.log('Downloading Electron binary...');
console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n    at async FetchDownloader.download (file:///x/node_modules/electron/node_modules/@electron/get/dist/FetchDownloader.js:46:30)');
throw new Error('Electron failed to install correctly. Please delete \`node_modules/electron\` and run "npx install-electron --no" manually.');
`;

async function run(probe: string | null, env: Record<string, string> = {}) {
  const module = join(dir, `probe-${Math.random().toString(36).slice(2)}.cjs`);
  if (probe !== null) await writeFile(module, probe);
  const result = spawnSync(process.execPath, [START], {
    encoding: 'utf8',
    env: { ...process.env, CORROBORATE_ELECTRON_PROBE: module, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm start without a usable Electron runtime', () => {
  it.each([
    ['the download fails', FAILED_DOWNLOAD, {}, /could not be downloaded/],
    [
      'the download never ends',
      'setInterval(() => {}, 1000);',
      { CORROBORATE_ELECTRON_DOWNLOAD_TIMEOUT: '1' },
      /did not finish within 1 s/,
    ],
    ['the electron package is not installed', null, {}, /not installed here: run `npm install`/],
  ])(
    '%s: one clear message naming the browser build, no stack trace',
    async (_what, probe, env, reason) => {
      const { status, output } = await run(probe, env);
      expect(status).toBe(1);
      expect(output).toMatch(reason);
      expect(output).toMatch(/The desktop app cannot start on this machine/);
      expect(output).toMatch(/npm run web /);
      expect(output).toMatch(/npm run build:web /);
      for (const noise of [/^\s+at /m, /TypeError/, /node_modules\/electron/, /delete/i, /Forge/]) {
        expect(output).not.toMatch(noise);
      }
    },
  );

  it('says it is fetching the runtime when the download starts', async () => {
    expect((await run(FAILED_DOWNLOAD)).output).toMatch(/^Fetching the Electron runtime/m);
  });
});
