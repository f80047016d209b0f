import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../../core/steps/run-to-end';

function* counted(slices: number, log: number[]): Generator<void, string, void> {
  for (let index = 0; index < slices; index += 1) {
    log.push(index);
    yield;
  }
  return `done after ${slices}`;
}

describe('runToEnd', () => {
  it.each([0, 1, 7])('runs all %i slices and returns the result', (slices) => {
    const log: number[] = [];
    expect(runToEnd(counted(slices, log))).toBe(`done after ${slices}`);
    expect(log).toHaveLength(slices);
  });
});
