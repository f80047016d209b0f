/**
 * `npm run bench -- fuzz` (or `-- importer`): the importers on the adversarial shapes of issue
 * 15 (bench/adversarial-inputs.ts), 100 KB and 1 MB each: HTML nesting and soups, .docx zip
 * bombs (inflation ~1,000:1) and a long real .docx, front matter key counts and nesting, PDF
 * text layers. The issue asks that time grows by at most x12 for the x10 in size; each line
 * says the growth and whether the input was refused (a cap) or imported. Measured by
 * bench/growth.ts: small and large runs alternate, each sample holds ~25 ms of work and the
 * fastest CPU time of each side is kept (machines are shared).
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
import { formatMs, sizeGrowth } from '../growth';
import type { BenchSuite } from '../suite';

const KB = 1024;
const SMALL = 100 * KB;
const LARGE = 1000 * KB;
const TARGET = 12;
const context = { id: 'bench', now: '2024-06-30T12:00:00.000Z', name: 'bench' };

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
        `${name.padEnd(28)} 100 KB ${formatMs(small)} ms, 1 MB ${formatMs(large)} ms CPU, growth x${growth.toFixed(1)} (${what})`,
      );
    };
    const measure = async <T>(
      name: string,
      make: (size: number) => T | Promise<T>,
      run: (input: T) => Result<unknown> | Promise<Result<unknown>>,
      bytesOf?: (input: T) => number,
    ) => {
      const small = await make(SMALL);
      const large = await make(LARGE);
      const growth = await sizeGrowth(run, small, large);
      const sizes = bytesOf
        ? ` ${(bytesOf(small) / KB).toFixed(0)}/${(bytesOf(large) / KB).toFixed(0)} KB`
        : '';
      report(name + sizes, growth.small, growth.large, outcome(await run(large)));
    };
    for (const [name, make] of HTML_SHAPES)
      await measure(`HTML ${name}`, make, (html) => sourceFromHtml(html, context));
    for (const [name, make] of FRONT_MATTER_SHAPES)
      await measure(`front matter ${name}`, make, (text) => splitFrontMatter(text));
    for (const [name, make] of PDF_SHAPES)
      await measure(`PDF ${name}`, make, (pdf) => sourceFromPdfText(pdf, context));
    for (const [name, make] of [
      ['DOCX zip bomb (~1000:1)', zipBomb],
      ['DOCX long document', longDocx],
    ] as const)
      await measure(
        name,
        make,
        (bytes) => sourceFromDocx(bytes, { ...context, name: 'bench.docx' }),
        (bytes) => bytes.length,
      );
    log(
      `worst growth: x${worst.toFixed(1)} (target <= x${TARGET}; the figure finder is in quantity-fuzz)`,
    );
  },
};
export default suite;
