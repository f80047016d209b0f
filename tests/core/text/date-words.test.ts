import { describe, expect, it } from 'vitest';
import { datePrecision, readableDate, typedDate } from '../../../core/text/date-words';

describe('dates in words', () => {
  it.each([
    ['2024-03-24', '24 March 2024'],
    ['2024-03', 'March 2024'],
    ['2024', '2024'],
    ['--03-22', '22 March (no year)'],
    ['--03', 'March (no year)'],
    ['2022/2023', '2022 to 2023'],
    ['--13-01', '--13-01'],
    ['next spring', 'next spring'],
  ])('%s reads "%s"', (iso, words) => {
    expect(readableDate(iso)).toBe(words);
  });
});

describe('dates typed for export', () => {
  it.each([
    ['2024-03-24', '2024-03-24', 'day'],
    ['2024-03', '2024-03', 'month'],
    ['2024', '2024', 'year'],
    ['--03-22', 'XXXX-03-22', 'yearless'],
    ['--03', 'XXXX-03', 'yearless'],
    ['2022/2023', '2022/2023', 'interval'],
  ])('%s is exported as %s, precision %s', (stored, iso, precision) => {
    expect(typedDate(stored)).toEqual({ iso, precision, text: readableDate(stored) });
    expect(datePrecision(stored)).toBe(precision);
  });

  it.each([[null], [undefined], [''], ['sometime']])('%j is no typed date', (stored) => {
    expect(typedDate(stored)).toBeNull();
  });

  it('never starts an exported date with a sign a spreadsheet reads as a formula', () => {
    for (const stored of ['--03-22', '--12', '2024-03-22', '2022/2023']) {
      expect(typedDate(stored)?.iso).not.toMatch(/^[=+\-@]/);
    }
  });
});
