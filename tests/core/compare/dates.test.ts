import { describe, expect, it } from 'vitest';
import { formatDateSpan, parseDateSpan, verdictForDates } from '../../../core/compare';

describe('verdictForDates', () => {
  it.each([
    [['2024-03-22', '2024-03-22'], 'agree', '2024-03-22'],
    [['2024-03', '2024-03-22'], 'compatible', '2024-03-22'],
    [['2024', '2024-03', '2024-03-22'], 'compatible', '2024-03-22'],
    [['2022-04', '2022-05'], 'conflict', undefined],
    [['2022-04', '2023'], 'conflict', undefined],
    [['2022', '2022-05'], 'compatible', '2022-05'],
    [['2022/2023', '2023-05'], 'compatible', '2023-05'],
    [['--03-22', '2024-03-22'], 'compatible', '2024-03-22'],
    [['--03-22', '2024-04'], 'conflict', undefined],
    [['2021-08', '2021-08-26'], 'compatible', '2021-08-26'],
    [['2021-08', 'not a date'], 'agree', '2021-08'],
  ] as const)('%j -> %s', (dates, verdict, overlap) => {
    const result = verdictForDates(dates);
    expect(result.verdict).toBe(verdict);
    expect(result.overlap).toBe(overlap);
  });

  it.each([
    ['2024', '2024'],
    ['2024-02', '2024-02'],
    ['2024-02-29', '2024-02-29'],
    ['2022-04/2022-05', '2022-04-01/2022-05-31'],
    ['--03-22', '--03-22'],
  ])('reads %s back as %s', (text, back) => {
    const span = parseDateSpan(text);
    expect(span && formatDateSpan(span)).toBe(back);
  });

  it.each(['2023-02-29', '2024-13', 'March 2024', '2024/2023', ''])('rejects %j', (text) => {
    expect(parseDateSpan(text)).toBeNull();
  });
});
