/**
 * `npm run bench -- fuzz` (or `-- quantity`): the figure finder on adversarial number runs
 * ("1,1,1,...", digit groups, number words, signs, fractions), 100 KB and 1 MB each. Issue 15
 * asks that the time grows by at most x12 for the x10 in size; the line says so per input.
 * Fastest CPU time of several runs, not wall time: the machines are shared, and wall time
 * counts the neighbours too.
 */
import { findFigures } from '../../core/quantity/index';
import { fastestCpuMs, type BenchSuite } from '../suite';

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
  run(log) {
    let worst = 0;
    for (const [name, unit] of RUNS) {
      const small = repeatTo(unit, 100 * KB);
      const large = repeatTo(unit, 1000 * KB);
      // Ten small calls per sample, so both sides measure the same amount of work (a 2 ms sample
      // cannot resolve the 20% the target allows).
      const ts =
        fastestCpuMs(() => {
          for (let k = 0; k < 10; k += 1) findFigures(small);
        }, 5) / 10;
      const tl = fastestCpuMs(() => findFigures(large), 5);
      const growth = tl / Math.max(ts, 0.01);
      worst = Math.max(worst, growth);
      log(
        `${name.padEnd(16)} ${JSON.stringify(unit).padEnd(18)} 100 KB ${ts.toFixed(1)} ms, 1 MB ${tl.toFixed(1)} ms CPU, growth x${growth.toFixed(1)}`,
      );
    }
    log(`worst growth: x${worst.toFixed(1)} (target <= x12)`);
  },
};
export default suite;
