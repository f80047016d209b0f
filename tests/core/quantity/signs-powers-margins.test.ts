import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';
import { exact, range, type Interval } from './cases';

/** One figure per row: the phrase, the quoted text, its interval and its unit (or null). */
type Row = [phrase: string, text: string, interval: Interval, unit: string | null];

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%j', (phrase, text, interval, unit) => {
      const figures = findFigures(phrase);
      expect(figures, `one figure in ${JSON.stringify(phrase)}`).toHaveLength(1);
      const f = figures[0];
      if (!f) throw new Error('no figure');
      expect(f.text).toBe(text);
      expect(f.unit ?? null).toBe(unit);
      expect(close(f.low, interval[0]) && close(f.high, interval[1]), `${f.low}..${f.high}`).toBe(
        true,
      );
      expect([f.lowInclusive, f.highInclusive, f.approximate]).toEqual(interval.slice(2));
    });
  });
}

table('powers written with a caret', [
  ['a grid of 10^6 cells', '10^6', exact(1e6), 'cells'],
  ['a ratio of 4^-2', '4^-2', exact(1 / 16), null],
  ['about 2^+10 bytes', 'about 2^+10', [921, 1127, true, true, true], 'bytes'],
  ['it fell to -3^2', '-3^2', exact(-9), null],
]);

table('number words around a spaced hyphen', [
  ['sixty - three boats', 'sixty - three', exact(63), 'boats'],
  ['minus forty - one', 'minus forty - one', exact(-41), null],
]);

table('a decimal with a glued b is billions', [
  ['a deficit of 3.4b', '3.4b', exact(3.4e9), null],
  ['they raised 0.75B.', '0.75B', exact(7.5e8), null],
]);

table('slash fractions no date can be', [
  ['roughly 1/60 of the load', 'roughly 1/60', [0.01, 0.02, true, true, true], null],
  ['a 3/64 inch gap', '3/64', exact(3 / 64), 'inch'],
]);

table('a minus glued after a currency sign', [
  ['a balance of $-42.50', '$-42.50', exact(-42.5), 'USD'],
  ['margins of €-7', '€-7', exact(-7), 'EUR'],
]);

table('a value and its margin', [
  ['a span of 7.5 ± 0.5 metres', '7.5 ± 0.5', range(7, 8), 'metres'],
  ['a yield of 30 +/- 4 sacks', '30 +/- 4', range(26, 34), 'sacks'],
  ['a drift of 2.5e-2 +- 1e-3 units', '2.5e-2 +- 1e-3', range(0.024, 0.026), 'units'],
]);

describe('what these rules leave out', () => {
  it.each<[phrase: string, expected: string[]]>([
    // A "b" or "m" without a decimal point stays a flat or a unit; "2.5m" stays metres.
    ['she lives in flat 4b', []],
    ['a 2.5m wall', ['2.5m']],
    // Month and year, day and month.
    ['filed in 3/2021 and again on 12/25', []],
    // A caret with a space is no power; a bullet dash with a space is no sign.
    ['the index 2 ^ 3', ['2', '3']],
    ['- 12 crates were lost', ['12']],
    ['a 5G mast', []],
  ])('%j', (phrase, expected) => {
    expect(findFigures(phrase).map((f) => f.text)).toEqual(expected);
  });
  it('a spaced-hyphen compound needs a tens word and a unit word', () => {
    expect(findFigures('twenty - thirty guests').map((f) => [f.low, f.high])).toEqual([
      [20, 20],
      [30, 30],
    ]);
  });
});
