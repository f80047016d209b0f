/**
 * `npm run bench -- fuzz`: every fuzz property of tests/fuzz at 100,000 cases each (override
 * with FUZZ_BENCH_RUNS, replay a failure with FUZZ_SEED), then the importer properties (HTML,
 * DOCX and zip bounds, PDF, front matter) at a tenth of that: each .docx case builds a zip, a
 * tenth keeps the suite to minutes (FUZZ_BENCH_IMPORTER_RUNS to change). Prints cases run and
 * time per property. `npm test` runs the same properties at FUZZ_RUNS (200).
 * importer-fuzz.bench.ts prints the growth of each adversarial input from 100 KB to 1 MB.
 */
import { IMPORTER_PROPERTIES } from '../../tests/fuzz/importer-properties';
import { PDF_PROPERTIES } from '../../tests/fuzz/pdf-properties';
import { FUZZ_PROPERTIES, FUZZ_SEED } from '../../tests/fuzz/properties';
import type { BenchSuite } from '../suite';

const RUNS =
  Number(process.env.FUZZ_BENCH_RUNS) > 0 ? Number(process.env.FUZZ_BENCH_RUNS) : 100_000;
const IMPORTER_RUNS =
  Number(process.env.FUZZ_BENCH_IMPORTER_RUNS) > 0
    ? Number(process.env.FUZZ_BENCH_IMPORTER_RUNS)
    : Math.ceil(RUNS / 10);

const suite: BenchSuite = {
  title: `Fuzzing: ${RUNS.toLocaleString('en-US')} cases per property`,
  async run(log) {
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
    for (const property of [...IMPORTER_PROPERTIES, ...PDF_PROPERTIES]) {
      const start = performance.now();
      await property.run(IMPORTER_RUNS, FUZZ_SEED);
      const seconds = (performance.now() - start) / 1000;
      total += IMPORTER_RUNS;
      log(
        `${property.name}: ${IMPORTER_RUNS.toLocaleString('en-US')} cases, ${seconds.toFixed(1)} s, no failure`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    log(`total: ${total.toLocaleString('en-US')} cases in ${seconds.toFixed(1)} s`);
  },
};

export default suite;
