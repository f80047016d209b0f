/** The shape every bench/suites/*.bench.ts file exports as default. */
export interface BenchSuite {
  title: string;
  run: (log: (line: string) => void) => Promise<void> | void;
}

/** Median wall time in milliseconds of `runs` calls of `fn` after one warm-up call. */
export function medianMs(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
