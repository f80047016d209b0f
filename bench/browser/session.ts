import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installProbes, type BenchProbe } from './probes';

/** The same Chromium flags as playwright.config.ts: no background networking on a closed net. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

/**
 * The web build measured: dist/web, or BENCH_WEB_DIR (a copy of another commit's build, so two
 * builds can be measured in turns under the same load).
 */
export const WEB_DIR = process.env.BENCH_WEB_DIR ?? 'dist/web';

/**
 * Serves `dir` on `port`; the web build (WEB_DIR) is built first unless BENCH_SKIP_BUILD=1 or
 * BENCH_WEB_DIR names a copy.
 */
export async function serveWebBuild(port: number, dir = WEB_DIR): Promise<ChildProcess> {
  if (dir === 'dist/web' && process.env.BENCH_SKIP_BUILD !== '1') {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.mts'], {
      stdio: 'ignore',
    });
    if (build.status !== 0) throw new Error('npm run build:web failed');
  }
  const server = spawn('node', ['scripts/static-server.mjs', dir, String(port)], {
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 100; tries += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/index.html`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not answer on port ${port}`);
}

/** The system Chromium, as the browser tests use it. */
export function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
}

/**
 * How the seeded project is stored: the record an autosave leaves now, or the plain string that
 * builds before the record store (commit 3d063a0 and earlier) wrote and read.
 */
export type SeedFormat = 'record' | 'string';

/**
 * A fresh profile whose IndexedDB holds `projectText` as the stored project, as an autosave of
 * that build leaves it (`seed`), with the probes installed before any page script runs.
 */
export async function seededPage(
  browser: Browser,
  origin: string,
  projectText: string,
  seed: SeedFormat = 'record',
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
  await context.addInitScript({
    content: `globalThis.__name ??= (f) => f; (${installProbes.toString()})();`,
  });
  const page = await context.newPage();
  // Any page of the origin opens its IndexedDB; a 404 runs no app code.
  await page.goto(`${origin}/bench-seed`);
  await page.evaluate(
    ([text, format]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('corroborate', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('projects');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
        request.onsuccess = () => {
          const transaction = request.result.transaction('projects', 'readwrite');
          // As renderer/host/indexeddb-store.ts writes a text: a stamp and the text as a Blob.
          const record = {
            stamp: 'bench-seed',
            text: new Blob([text], { type: 'application/json' }),
          };
          transaction.objectStore('projects').put(format === 'record' ? record : text, 'default');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    [projectText, seed] as const,
  );
  return { context, page };
}

/** Long tasks the page logged between two of its clock readings. */
export function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ([start, end]) =>
      (window as unknown as { benchProbe: BenchProbe }).benchProbe.longTasks
        .filter((task) => task.start + task.duration >= start && task.start <= end)
        .map((task) => task.duration),
    [from, to] as const,
  );
}

/** Used JS heap after a forced garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1_048_576;
}
