import { afterEach, describe, expect, it, vi } from 'vitest';
import { pauseForPage, runInSlices } from '../../../renderer/host/pause';

afterEach(() => vi.restoreAllMocks());

/** Slices that each take `ms` on a fake clock. */
function* slices(count: number, ms: number, clock: { now: number }): Generator<void, number, void> {
  for (let index = 0; index < count; index += 1) {
    clock.now += ms;
    yield;
  }
  return count;
}

describe('runInSlices', () => {
  it.each([
    // slices, ms each, budget, pauses expected
    [10, 1, 0, 10],
    [10, 1, 5, 2],
    [10, 10, 25, 3],
    [10, 1, 1_000, 0],
  ])(
    '%i slices of %i ms with a %i ms budget pause %i times',
    async (count, ms, budgetMs, pauses) => {
      const clock = { now: 0 };
      vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
      let paused = 0;
      const pause = () => {
        paused += 1;
        return Promise.resolve();
      };
      await expect(runInSlices(slices(count, ms, clock), { budgetMs, pause })).resolves.toBe(count);
      expect(paused).toBe(pauses);
    },
  );

  it('stops between slices once aborted, with the signal reason', async () => {
    const stop = new AbortController();
    const clock = { now: 0 };
    const run = runInSlices(slices(1_000, 1, clock), { signal: stop.signal });
    stop.abort(new Error('workspace closed'));
    await expect(run).rejects.toThrow('workspace closed');
  });
});

describe('pauseForPage', () => {
  it('gives turns in the order they were asked for', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((turn) => pauseForPage().then(() => order.push(turn))));
    expect(order).toEqual([1, 2, 3]);
  });
});
