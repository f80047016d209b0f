import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  openToPainted,
  scrollFrames,
  selectToPainted,
  suggestionsPainted,
  settled,
  tagToPainted,
} from '../browser/actions';
import { bigProjectText, manySourcesProjectText } from '../browser/big-project';
import {
  heapMb,
  launchChromium,
  longTasksBetween,
  seededPage,
  type SeedFormat,
  serveWebBuild,
  WEB_DIR,
} from '../browser/session';
import type { Browser } from '@playwright/test';
import type { BenchSuite } from '../suite';

const PORT = Number(process.env.BENCH_PORT ?? 4189);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The other build's port: PORT + 1 is 4190, a port fetch and Chromium refuse (the spec's list). */
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? PORT + 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (values: readonly number[]) =>
  `${median(values).toFixed(0)} ms median (${[...values].map((v) => v.toFixed(0)).join(', ')})`;

/** The largest JS chunk of the web build (the one index.html loads), gzipped. */
function mainChunkKb(dir = WEB_DIR): string {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const all = readdirSync(`${dir}/assets`).filter((file) => file.endsWith('.js'));
  const size = (file: string) => gzipSync(readFileSync(`${dir}/assets/${file}`)).length / 1024;
  const total = all.reduce((sum, file) => sum + size(file), 0);
  return `${entry ? size(entry).toFixed(0) : '?'} KB gzipped entry chunk (${all.length} chunks, ${total.toFixed(0)} KB in all)`;
}

interface Scenario {
  label: string;
  projectText: string;
}

/** What one build measured, run by run. */
interface Samples {
  open: number[];
  suggested: number[];
  openTask: number[];
  tag: number[];
  tagTask: number[];
  saveTask: number[];
  settledTag: number[];
  settledTagTask: number[];
  settledSaveTask: number[];
  select: number[];
  scrollFrame: number[];
  scrollTask: number[];
  heap: number[];
}

/** A build being measured and the origin it is served at. */
interface Build {
  name: string;
  origin: string;
  seed: SeedFormat;
}

/** One fresh profile: the project seeded, then open, two tags, one select and a scroll. */
async function runOnce(browser: Browser, build: Build, projectText: string, run: number) {
  const { origin } = build;
  const { context, page } = await seededPage(browser, origin, projectText, build.seed);
  const opened = await openToPainted(page, origin);
  const openTasks = await longTasksBetween(page, 0, opened);
  const suggestedAt = await suggestionsPainted(page);
  const tagged = await tagToPainted(page, 3 + run);
  await settled(page);
  const again = await tagToPainted(page, 20 + run);
  const selected = await selectToPainted(page, 2 + run);
  const scrolled = await scrollFrames(page);
  const scrollTasks = await longTasksBetween(page, scrolled.start, scrolled.end);
  const used = await heapMb(page);
  await context.close();
  return { opened, openTasks, suggestedAt, tagged, again, selected, scrolled, scrollTasks, used };
}

/**
 * Fresh profile per run; run 0 is a warm-up. With two builds (BENCH_BASE_DIR), they take turns
 * run by run, in alternating order, so both are measured under the same load.
 */
async function measure(
  browser: Browser,
  builds: readonly Build[],
  { label, projectText }: Scenario,
  log: (line: string) => void,
) {
  log(`${label}: stored project ${(projectText.length / 1_048_576).toFixed(1)} MB of JSON`);
  const samples = new Map<string, Samples>(
    builds.map((build) => [
      build.name,
      {
        open: [],
        suggested: [],
        openTask: [],
        tag: [],
        tagTask: [],
        saveTask: [],
        settledTag: [],
        settledTagTask: [],
        settledSaveTask: [],
        select: [],
        scrollFrame: [],
        scrollTask: [],
        heap: [],
      },
    ]),
  );
  for (let run = 0; run <= RUNS; run += 1) {
    const order = run % 2 ? [...builds].reverse() : builds;
    for (const build of order) {
      const once = await runOnce(browser, build, projectText, run);
      const into = samples.get(build.name);
      if (run === 0 || !into) continue;
      into.open.push(once.opened);
      into.suggested.push(once.suggestedAt);
      into.openTask.push(Math.max(0, ...once.openTasks));
      into.tag.push(once.tagged.ms);
      into.tagTask.push(Math.max(0, ...once.tagged.tagTasks));
      into.saveTask.push(Math.max(0, ...once.tagged.saveTasks));
      into.settledTag.push(once.again.ms);
      into.settledTagTask.push(Math.max(0, ...once.again.tagTasks));
      into.settledSaveTask.push(Math.max(0, ...once.again.saveTasks));
      into.select.push(once.selected);
      into.scrollFrame.push(once.scrolled.longestFrame);
      into.scrollTask.push(Math.max(0, ...once.scrollTasks));
      into.heap.push(once.used);
    }
  }
  for (const [name, got] of samples) {
    const at = builds.length > 1 ? `${label} [${name}]` : label;
    log(`${at}: open to painted: ${ms(got.open)}; longest task ${ms(got.openTask)}`);
    log(`${at}: suggestions painted (from navigation): ${ms(got.suggested)}`);
    log(`${at}: tag (Enter) to painted: ${ms(got.tag)}; longest task ${ms(got.tagTask)}`);
    log(`${at}: autosave after a tag, longest task: ${ms(got.saveTask)}`);
    log(
      `${at}: tag once settled (no long task for 1 s) to painted: ${ms(got.settledTag)}; longest task ${ms(got.settledTagTask)}`,
    );
    log(`${at}: autosave after a settled tag, longest task: ${ms(got.settledSaveTask)}`);
    log(`${at}: select (click a Claims row) to painted: ${ms(got.select)}`);
    log(
      `${at}: scroll (a screenful a frame, 60 frames): longest frame ${ms(got.scrollFrame)}; longest task ${ms(got.scrollTask)}`,
    );
    log(`${at}: JS heap after GC: ${median(got.heap).toFixed(0)} MB median`);
  }
}

/**
 * The web build in Chromium with one 1 MB source carrying 5,000 claims, then 200 sources of
 * ~7 KB (one corpus article each) with 100 claims each (20,000 claims), stored in IndexedDB as
 * autosave leaves them and opened through the app's normal project path. Tagging starts once the
 * suggestions are drawn (a long source's come from a worker after the text), and again once the
 * page has had no long task for a second (the one-off work after opening done). Each run is a fresh
 * profile; the first run is a warm-up (disk cache, V8 code cache) and is not counted.
 * BENCH_SCENARIO=one|many runs one; BENCH_RUNS sets the runs (5); BENCH_BASE_DIR=<a copy of
 * another commit's dist/web> measures it too, in turns with this build (BENCH_BASE_SEED=string for
 * a base older than the record store, which reads only plain-string projects).
 */
const suite: BenchSuite = {
  title: 'web build in Chromium (1 MB / 5,000 claims; 200 sources / 20,000 claims)',
  async run(log) {
    const only = process.env.BENCH_SCENARIO ?? '';
    const scenarios = [
      { key: 'one', label: '1 MB, 5,000 claims', make: () => bigProjectText(1_048_576, 5000) },
      {
        key: 'many',
        label: '200 sources, 20,000 claims',
        make: () => manySourcesProjectText(200, 5_000, 100),
      },
    ].filter((scenario) => !only || scenario.key === only);
    const baseDir = process.env.BENCH_BASE_DIR;
    const builds: Build[] = [{ name: WEB_DIR, origin: ORIGIN, seed: 'record' }];
    if (baseDir)
      builds.unshift({
        name: baseDir,
        origin: `http://127.0.0.1:${BASE_PORT}`,
        seed: process.env.BENCH_BASE_SEED === 'string' ? 'string' : 'record',
      });
    const server = await serveWebBuild(PORT);
    // Every server and the browser are stopped however the run ends (a leftover holds its port).
    let base: Awaited<ReturnType<typeof serveWebBuild>> | null = null;
    let browser: Browser | null = null;
    try {
      base = baseDir ? await serveWebBuild(BASE_PORT, baseDir) : null;
      browser = await launchChromium();
      for (const build of builds) log(`${build.name}: ${mainChunkKb(build.name)}`);
      for (const scenario of scenarios)
        await measure(
          browser,
          builds,
          { label: scenario.label, projectText: scenario.make() },
          log,
        );
    } finally {
      await browser?.close();
      server.kill();
      base?.kill();
    }
  },
};
export default suite;
