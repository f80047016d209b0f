/**
 * `npm run bench -- fuzz` (or `-- quantity`): the figure finder on adversarial number runs
 * ("1,1,1,...", digit groups, number words, signs, fractions), 100 KB and 1 MB each. Issue 15
 * asks that the time grows by at most x12 for the x10 in size; the line says so per input.
 * Measured by bench/growth.ts: small and large runs alternate, each sample holds ~25 ms of work
 * and the fastest CPU time of each side is kept (the machines are shared, and wall time
 * counts the neighbours too).
 */
import { findFigures } from '../../core/quantity/index';
import { formatMs, sizeGrowth } from '../growth';
import type { BenchSuite } from '../suite';

const KB = 1024;

/** Each unit repeated to the size: the shapes that once made scanners super-linear. */
const RUNS: ReadonlyArray<readonly [string, string]> = [
  ['comma run', '1,'],
  ['digit run', '9'],
  ['long groups', '1234567,'],
  ['decimal commas', '1,5 '],
  ['thousands commas', '1,000,'],
  ['space groups', '000 '],
  ['spaced digits', '1 '],
  ['hyphen chain', '1-'],
  ['dot chain', '1.'],
  ['slash chain', '1/'],
  ['minus signs', '-1 '],
  ['number words', 'one '],
  ['scales', 'a hundred '],
  ['fractions', 'two thirds and '],
  ['ranges', '10 to '],
  ['currency', '$1 '],
  ['parentheses', '(1'],
  ['qualifiers', 'about '],
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const suite: BenchSuite = {
  title: 'figure finder on adversarial number runs (100 KB -> 1 MB, target growth <= x12)',
  async run(log) {
    let worst = 0;
    for (const [name, unit] of RUNS) {
      const growth = await sizeGrowth(
        (text: string) => findFigures(text),
        repeatTo(unit, 100 * KB),
        repeatTo(unit, 1000 * KB),
      );
      worst = Math.max(worst, growth.ratio);
      log(
        `${name.padEnd(16)} ${JSON.stringify(unit).padEnd(18)} 100 KB ${formatMs(growth.small)} ms, 1 MB ${formatMs(growth.large)} ms CPU, growth x${growth.ratio.toFixed(1)}`,
      );
    }
    log(`worst growth: x${worst.toFixed(1)} (target <= x12)`);
  },
};
export default suite;
