/**
 * `npm run bench -- fuzz` (or `-- importer`): the importers on the adversarial shapes of issue
 * 15 (bench/adversarial-inputs.ts), 100 KB and 1 MB each: HTML nesting and soups, .docx zip
 * bombs (inflation ~1,000:1) and a long real .docx, front matter key counts and nesting, PDF
 * text layers. The issue asks that time grows by at most x12 for the x10 in size; each line
 * says the growth and whether the input was refused (a cap) or imported. Fastest CPU time of
 * several runs (machines are shared); small inputs run ten times per sample so both sides
 * measure a similar amount of work.
 */
import { sourceFromDocx } from '../../core/import/docx';
import { sourceFromHtml } from '../../core/import/html';
import { sourceFromPdfText } from '../../core/import/pdf';
import { splitFrontMatter } from '../../core/io/front-matter';
import type { Result } from '../../core/model/result';
import {
  FRONT_MATTER_SHAPES,
  HTML_SHAPES,
  longDocx,
  PDF_SHAPES,
  zipBomb,
} from '../adversarial-inputs';
import { fastestCpuMs, type BenchSuite } from '../suite';

const KB = 1024;
const SMALL = 100 * KB;
const LARGE = 1000 * KB;
const TARGET = 12;
const context = { id: 'bench', now: '2024-06-30T12:00:00.000Z', name: 'bench' };

/** Fastest CPU milliseconds of `runs` awaited calls after one warm-up. */
async function fastestCpuMsAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = process.cpuUsage();
    await fn();
    const spent = process.cpuUsage(start);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

function outcome(result: Result<unknown>): string {
  return result.ok ? 'imported' : `refused: ${result.error.slice(0, 60)}...`;
}

const suite: BenchSuite = {
  title: `importers on adversarial inputs (100 KB -> 1 MB, target growth <= x${TARGET})`,
  async run(log) {
    let worst = 0;
    const report = (name: string, small: number, large: number, what: string) => {
      const growth = large / Math.max(small, 0.01);
      worst = Math.max(worst, growth);
      log(
        `${name.padEnd(28)} 100 KB ${small.toFixed(1)} ms, 1 MB ${large.toFixed(1)} ms CPU, growth x${growth.toFixed(1)} (${what})`,
      );
    };
    const sync = <T>(
      name: string,
      make: (size: number) => T,
      run: (input: T) => Result<unknown>,
    ) => {
      const small = make(SMALL);
      const large = make(LARGE);
      const ts =
        fastestCpuMs(() => {
          for (let k = 0; k < 10; k += 1) run(small);
        }, 5) / 10;
      const tl = fastestCpuMs(() => run(large), 5);
      report(name, ts, tl, outcome(run(large)));
    };
    for (const [name, make] of HTML_SHAPES)
      sync(`HTML ${name}`, make, (html) => sourceFromHtml(html, context));
    for (const [name, make] of FRONT_MATTER_SHAPES)
      sync(`front matter ${name}`, make, (text) => splitFrontMatter(text));
    for (const [name, make] of PDF_SHAPES)
      sync(`PDF ${name}`, make, (pdf) => sourceFromPdfText(pdf, context));
    for (const [name, make] of [
      ['DOCX zip bomb (~1000:1)', zipBomb],
      ['DOCX long document', longDocx],
    ] as const) {
      const small = await make(SMALL);
      const large = await make(LARGE);
      const run = (bytes: Uint8Array) => sourceFromDocx(bytes, { ...context, name: 'bench.docx' });
      const ts = await fastestCpuMsAsync(() => run(small));
      const tl = await fastestCpuMsAsync(() => run(large));
      report(
        `${name} ${(small.length / KB).toFixed(0)}/${(large.length / KB).toFixed(0)} KB`,
        ts,
        tl,
        outcome(await run(large)),
      );
    }
    log(
      `worst growth: x${worst.toFixed(1)} (target <= x${TARGET}; the figure finder is in quantity-fuzz)`,
    );
  },
};
export default suite;
