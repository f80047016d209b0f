/**
 * `npm run bench -- fuzz`: every fuzz property of tests/fuzz at 100,000 cases each (override
 * with FUZZ_BENCH_RUNS, replay a failure with FUZZ_SEED). Prints cases run and time per
 * property. Takes a few minutes; `npm test` runs the same properties at FUZZ_RUNS (200).
 */
import { FUZZ_PROPERTIES, FUZZ_SEED } from '../../tests/fuzz/properties';
import type { BenchSuite } from '../suite';

const RUNS =
  Number(process.env.FUZZ_BENCH_RUNS) > 0 ? Number(process.env.FUZZ_BENCH_RUNS) : 100_000;

const suite: BenchSuite = {
  title: `Fuzzing: ${RUNS.toLocaleString('en-US')} cases per property`,
  run(log) {
    let total = 0;
    const started = performance.now();
    for (const property of FUZZ_PROPERTIES) {
      const start = performance.now();
      property.run(RUNS, FUZZ_SEED);
      const seconds = (performance.now() - start) / 1000;
      total += RUNS;
      log(
        `${property.name}: ${RUNS.toLocaleString('en-US')} cases, ${seconds.toFixed(1)} s, no failure`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    log(`total: ${total.toLocaleString('en-US')} cases in ${seconds.toFixed(1)} s`);
  },
};

export default suite;
