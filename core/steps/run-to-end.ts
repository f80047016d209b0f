/**
 * Long work in core is written as a generator that yields between slices, so a host with a page
 * to keep responsive can pause at each yield (renderer/host/pause.ts) while every other caller
 * (the CLI, exports, tests) runs it in one go. Core never pauses or reads a clock itself.
 */

/** Runs a generator of slices of work to its end in one go and returns what it returns. */
export function runToEnd<R>(steps: Iterator<void, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
