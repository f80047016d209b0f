/**
 * Growth of one input shape from a small to a large size, measured so that a loaded, shared
 * machine does not decide the answer: the small and the large runs alternate (small, large,
 * small, large, ...) so both see the same load, JIT and heap state; each side keeps its fastest
 * CPU time (user + system), the sample least disturbed by neighbours. A sample repeats its input
 * until it holds about SAMPLE_MS of work (at least once), so a 0.1 ms refusal is timed as
 * precisely as a 100 ms import: a single 1 ms sample cannot resolve the 20% a x12 target allows
 * over x10.
 * The heap is not collected between samples on purpose: a forced collection shrinks the heap, so
 * the large run then pays for regrowing it, and V8's concurrent sweep lands in the next short
 * sample's CPU time (process.cpuUsage counts every thread); both skewed the ratio by 30-60%.
 */
/** The work one sample aims to hold, in CPU milliseconds. */
const SAMPLE_MS = 25;

export interface Growth {
  /** Fastest CPU milliseconds of one small run. */
  small: number;
  /** Fastest CPU milliseconds of one large run. */
  large: number;
  /** large / small. */
  ratio: number;
}

async function cpuMs(fn: () => unknown, repeats: number): Promise<number> {
  const start = process.cpuUsage();
  for (let k = 0; k < repeats; k += 1) await fn();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000 / repeats;
}

/** How many runs of `fn` make one sample of about SAMPLE_MS, from one timed run. */
async function repeatsFor(fn: () => unknown): Promise<number> {
  const once = await cpuMs(fn, 1);
  return Math.max(1, Math.min(10_000, Math.ceil(SAMPLE_MS / Math.max(once, 0.001))));
}

/**
 * Fastest CPU time per run of `run` on `small` and on `large`, over `rounds` alternating rounds
 * after one warm-up of each; `run` may return a promise (the .docx importer does).
 */
export async function sizeGrowth<T>(
  run: (input: T) => unknown,
  small: T,
  large: T,
  rounds = 9,
): Promise<Growth> {
  await run(small);
  await run(large);
  const smallRepeats = await repeatsFor(() => run(small));
  const largeRepeats = await repeatsFor(() => run(large));
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i += 1) {
    bestSmall = Math.min(bestSmall, await cpuMs(() => run(small), smallRepeats));
    bestLarge = Math.min(bestLarge, await cpuMs(() => run(large), largeRepeats));
  }
  return { small: bestSmall, large: bestLarge, ratio: bestLarge / Math.max(bestSmall, 0.01) };
}

/** Milliseconds for a growth line: two decimals below 1 ms, where one would print "0.0". */
export function formatMs(ms: number): string {
  return ms.toFixed(ms < 1 ? 2 : 1);
}
