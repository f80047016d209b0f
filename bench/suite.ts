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

/**
 * Medians of `runs` calls of each function, interleaved (a, b, a, b, ...) after one warm-up call of
 * each, so both sides of a comparison see the same JIT state and the same machine load.
 */
export function medianPairMs(a: () => void, b: () => void, runs = 5): [number, number] {
  a();
  b();
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const [fn, times] of [
      [a, timesA],
      [b, timesB],
    ] as const) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
  }
  const median = (times: number[]) =>
    times.sort((x, y) => x - y)[Math.floor(times.length / 2)] ?? 0;
  return [median(timesA), median(timesB)];
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fastest CPU time (user + system, all threads of this process) in milliseconds of `runs` calls
 * after one warm-up call. Growth ratios use it: on a shared machine wall time also counts the
 * other processes, and the fastest run is the one least disturbed by them.
 */
export function fastestCpuMs(fn: () => void, runs = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = process.cpuUsage();
    fn();
    const spent = process.cpuUsage(start);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}
