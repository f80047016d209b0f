import nlp from 'compromise';
import { extractSuggestions } from '../../core/extract/index';
import { parseSourceFile } from '../../core/io/source-file';
import type { Source } from '../../core/model/source';
import { findFigures } from '../../core/quantity/index';
import { MB, realisticText } from '../corpus-text';
import { medianMs, medianPairMs, type BenchSuite } from '../suite';

function asSource(id: string, text: string): Source {
  const parsed = parseSourceFile({ id, content: text, defaultCapture: 'plain-text' });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Extraction throughput, linear growth 1 -> 4 MB, and speed against compromise's numbers(). */
const suite: BenchSuite = {
  title: 'claim extraction',
  run(log) {
    const one = asSource('one', realisticText(MB));
    const four = asSource('four', realisticText(4 * MB));
    const mb1 = one.text.length / MB;
    const mb4 = four.text.length / MB;
    let count = 0;
    // Warm the JIT on the 4 MB text first, so the 1 MB figure is not a cold start.
    extractSuggestions(four);
    const t1 = medianMs(() => {
      count = extractSuggestions(one).length;
    }, 9);
    const t4 = medianMs(() => extractSuggestions(four), 5);
    const f1 = medianMs(() => findFigures(one.text), 9);
    log(
      `text: ${mb1.toFixed(2)} MB and ${mb4.toFixed(2)} MB (UTF-16 chars / 2^20), ${count} suggestions in 1 MB`,
    );
    log(`extractSuggestions 1 MB: ${t1.toFixed(0)} ms (${((mb1 * 1000) / t1).toFixed(1)} MB/s)`);
    log(
      `extractSuggestions 4 MB: ${t4.toFixed(0)} ms; growth 1->4 MB: x${(t4 / t1).toFixed(2)} (linear = x${(mb4 / mb1).toFixed(2)})`,
    );
    log(`findFigures 1 MB: ${f1.toFixed(0)} ms (${((mb1 * 1000) / f1).toFixed(1)} MB/s)`);
    // Both sides of the comparison warmed up and timed the same way (medians of 3, interleaved).
    let numbers: string[] = [];
    const [tc, t1again] = medianPairMs(
      () => {
        numbers = nlp(one.text).numbers().out('array') as string[];
      },
      () => extractSuggestions(one),
      3,
    );
    log(
      `compromise nlp(text).numbers() 1 MB: ${tc.toFixed(0)} ms median of 3 after a warm-up (${((mb1 * 1000) / tc).toFixed(2)} MB/s), ${numbers.length} numbers`,
    );
    log(
      `speed ratio: extractSuggestions x${(tc / t1again).toFixed(0)}, findFigures x${(tc / f1).toFixed(0)} faster than compromise (target >= x50)`,
    );
  },
};
export default suite;
