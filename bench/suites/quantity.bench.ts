/**
 * `npm run bench -- quantity`: the figure finder on corpus-like text, 1 MB and 4 MB (growth
 * should stay near x4), against compromise's numbers() on the same 1 MB in the same run
 * (target: at least x50 faster). Figures only; nothing is asserted.
 */
import nlp from 'compromise';
import { findFigures } from '../../core/quantity/index';
import { MB, realisticText } from '../corpus-text';
import { medianMs, type BenchSuite } from '../suite';

const suite: BenchSuite = {
  title: 'figure finder',
  run(log) {
    const one = realisticText(MB);
    const four = realisticText(4 * MB);
    const mb1 = one.length / MB;
    const mb4 = four.length / MB;
    let count = 0;
    findFigures(four);
    const t1 = medianMs(() => {
      count = findFigures(one).length;
    }, 9);
    const t4 = medianMs(() => findFigures(four), 5);
    log(`text: ${mb1.toFixed(2)} MB and ${mb4.toFixed(2)} MB, ${count} figures in 1 MB`);
    log(`findFigures 1 MB: ${t1.toFixed(0)} ms (${(mb1 / (t1 / 1000)).toFixed(1)} MB/s)`);
    log(
      `findFigures 4 MB: ${t4.toFixed(0)} ms; growth 1->4 MB: x${(t4 / t1).toFixed(2)} (linear = x${(mb4 / mb1).toFixed(2)})`,
    );
    const start = performance.now();
    const numbers = nlp(one).numbers().out('array') as string[];
    const tc = performance.now() - start;
    log(`compromise nlp(text).numbers() 1 MB: ${tc.toFixed(0)} ms, ${numbers.length} numbers`);
    log(`speed ratio: findFigures x${(tc / t1).toFixed(0)} faster than compromise (target >= x50)`);
  },
};
export default suite;
