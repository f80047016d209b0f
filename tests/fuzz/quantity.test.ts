import { describe, it } from 'vitest';
import { FUZZ_PROPERTIES, FUZZ_RUNS, FUZZ_SEED } from './properties';

describe(`fuzz (${FUZZ_RUNS} cases each, FUZZ_RUNS to change)`, () => {
  it.each(
    FUZZ_PROPERTIES.filter((p) => p.name.startsWith('findFigures')).map(
      (p) => [p.name, p] as const,
    ),
  )('%s', (_name, property) => {
    property.run(FUZZ_RUNS, FUZZ_SEED);
  });
});
