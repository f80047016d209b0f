import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../renderer/components/SourceDetailsDialog';

describe('dateProblem', () => {
  it.each([
    ['', null],
    ['2024', null],
    ['2024-06', null],
    ['2024-06-30', null],
    ['2024-02-29', null],
    ['2023-02-29', 'not a date'],
    ['2024-06-31', 'not a date'],
    ['2024-13', 'not a date'],
    ['2024-00-10', 'not a date'],
    ['24-06-30', 'not a date'],
    ['30/06/2024', 'not a date'],
    ['yesterday', 'not a date'],
  ])('%s -> %s', (value, expected) => {
    const problem = dateProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});
