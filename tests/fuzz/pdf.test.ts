import { describe, it } from 'vitest';
import { PDF_PROPERTIES } from './pdf-properties';
import { FUZZ_RUNS, FUZZ_SEED } from './properties';

describe(`fuzz the PDF importer (${FUZZ_RUNS} cases each, FUZZ_RUNS to change)`, () => {
  it.each(PDF_PROPERTIES.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, property) => {
      await property.run(FUZZ_RUNS, FUZZ_SEED);
    },
    120_000,
  );
});
