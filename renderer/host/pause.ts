/**
 * Gives the page a turn between two slices of long work (building the gazetteer, grouping,
 * writing a large project for the first time): a timeout of 0 queues a task after the input and
 * paint waiting. (A message channel, which nested timeouts' 4 ms floor does not hold back, was
 * tried: the first tag after opening was no faster, measured in Chromium.)
 */
export function pauseForPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How {@link runInSlices} paces a generator of slices. */
export interface SliceOptions {
  /**
   * Work this long (ms) runs before the next pause; 0 pauses at every yield. Steps that yield
   * often (a unit of claims each) would spend more time waiting for turns than working.
   */
  budgetMs?: number;
  /** Stops between two slices: the returned promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How to give the page a turn (pauseForPage). */
  pause?: () => Promise<void>;
}

/**
 * Runs a generator of slices of work to its end, giving the page a turn at a yield once the
 * budget is spent, and resolves with what the generator returns.
 */
export async function runInSlices<R>(
  steps: Iterator<void, R, void>,
  { budgetMs = 0, signal, pause = pauseForPage }: SliceOptions = {},
): Promise<R> {
  let since = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < budgetMs) continue;
    await pause();
    since = performance.now();
  }
}
