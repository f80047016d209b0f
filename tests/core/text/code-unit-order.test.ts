import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../../core/text/code-unit-order';

describe('byCodeUnits', () => {
  it.each([
    ['casualty', 'count', -1],
    ['count', 'casualty', 1],
    ['date', 'date', 0],
    // Upper case sorts before lower case by code unit, whatever the locale would say.
    ['Zeta', 'alpha', -1],
    ['corpus/000_a.md', 'corpus/003_b.md', -1],
    ['', 'a', -1],
  ] as const)('%j against %j is %d', (a, b, sign) => {
    expect(Math.sign(byCodeUnits(a, b))).toBe(sign);
  });

  it('sorts the same list the same way every time', () => {
    const list = ['b', 'B', 'a', 'é', 'e', 'A'];
    expect([...list].sort(byCodeUnits)).toEqual(['A', 'B', 'a', 'b', 'e', 'é']);
  });
});
