import { describe, it } from 'vitest';
import { IMPORTER_PROPERTIES } from './importer-properties';
import { FUZZ_RUNS, FUZZ_SEED } from './properties';

/** The .docx cases build a zip each, so they run a quarter as many cases. */
const runsFor = (name: string) =>
  name.includes('Zip') || name.includes('Docx') ? Math.ceil(FUZZ_RUNS / 4) : FUZZ_RUNS;

describe(`fuzz the importers (${FUZZ_RUNS} cases each, FUZZ_RUNS to change)`, () => {
  it.each(IMPORTER_PROPERTIES.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, property) => {
      await property.run(runsFor(property.name), FUZZ_SEED);
    },
    120_000,
  );
});
