/**
 * Gives the page a turn between two slices of long work (building the gazetteer, writing a large
 * project for the first time): a timeout of 0 queues a task after the input and paint waiting.
 */
export function pauseForPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a generator of slices of work to its end, giving the page a turn at each yield. */
export async function runInSlices(steps: Iterator<void, void, void>): Promise<void> {
  while (!steps.next().done) await pauseForPage();
}
