import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  openToPainted,
  selectToPainted,
  suggestionsPainted,
  tagToPainted,
} from '../browser/actions';
import { bigProjectText, manySourcesProjectText } from '../browser/big-project';
import {
  heapMb,
  launchChromium,
  longTasksBetween,
  seededPage,
  serveWebBuild,
  WEB_DIR,
} from '../browser/session';
import type { Browser } from '@playwright/test';
import type { BenchSuite } from '../suite';

const PORT = Number(process.env.BENCH_PORT ?? 4189);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (values: readonly number[]) =>
  `${median(values).toFixed(0)} ms median (${[...values].map((v) => v.toFixed(0)).join(', ')})`;

/** The largest JS chunk of the web build (the one index.html loads), gzipped. */
function mainChunkKb(): string {
  const html = readFileSync(`${WEB_DIR}/index.html`, 'utf8');
  const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const all = readdirSync(`${WEB_DIR}/assets`).filter((file) => file.endsWith('.js'));
  const size = (file: string) => gzipSync(readFileSync(`${WEB_DIR}/assets/${file}`)).length / 1024;
  const total = all.reduce((sum, file) => sum + size(file), 0);
  return `${entry ? size(entry).toFixed(0) : '?'} KB gzipped entry chunk (${all.length} chunks, ${total.toFixed(0)} KB in all)`;
}

interface Scenario {
  label: string;
  projectText: string;
}

/** Fresh profile per run, the project seeded, then open, one tag and one select; run 0 is a warm-up. */
async function measure(
  browser: Browser,
  { label, projectText }: Scenario,
  log: (line: string) => void,
) {
  log(`${label}: stored project ${(projectText.length / 1_048_576).toFixed(1)} MB of JSON`);
  const open: number[] = [];
  const suggested: number[] = [];
  const openTask: number[] = [];
  const tag: number[] = [];
  const tagTask: number[] = [];
  const saveTask: number[] = [];
  const select: number[] = [];
  const heap: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const { context, page } = await seededPage(browser, ORIGIN, projectText);
    const opened = await openToPainted(page, ORIGIN);
    const openTasks = await longTasksBetween(page, 0, opened);
    const suggestedAt = await suggestionsPainted(page);
    const tagged = await tagToPainted(page, 3 + run);
    const selected = await selectToPainted(page, 2 + run);
    const used = await heapMb(page);
    await context.close();
    if (run === 0) continue;
    open.push(opened);
    suggested.push(suggestedAt);
    openTask.push(Math.max(0, ...openTasks));
    tag.push(tagged.ms);
    tagTask.push(Math.max(0, ...tagged.tagTasks));
    saveTask.push(Math.max(0, ...tagged.saveTasks));
    select.push(selected);
    heap.push(used);
  }
  log(`${label}: open to painted: ${ms(open)}; longest task ${ms(openTask)}`);
  log(`${label}: suggestions painted (from navigation): ${ms(suggested)}`);
  log(`${label}: tag (Enter) to painted: ${ms(tag)}; longest task ${ms(tagTask)}`);
  log(`${label}: autosave after a tag, longest task: ${ms(saveTask)}`);
  log(`${label}: select (click a Claims row) to painted: ${ms(select)}`);
  log(`${label}: JS heap after GC: ${median(heap).toFixed(0)} MB median`);
}

/**
 * The web build in Chromium with one 1 MB source carrying 5,000 claims, then 200 sources of
 * ~7 KB (one corpus article each) with 100 claims each (20,000 claims), stored in IndexedDB as
 * autosave leaves them and opened through the app's normal project path. Tagging starts once the
 * suggestions are drawn (a long source's come from a worker after the text). Each run is a fresh
 * profile; the first run is a warm-up (disk cache, V8 code cache) and is not counted.
 * BENCH_SCENARIO=one|many runs one.
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
    const server = await serveWebBuild(PORT);
    const browser = await launchChromium();
    try {
      log(mainChunkKb());
      for (const scenario of scenarios)
        await measure(browser, { label: scenario.label, projectText: scenario.make() }, log);
    } finally {
      await browser.close();
      server.kill();
    }
  },
};
export default suite;
