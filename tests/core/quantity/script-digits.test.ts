import { describe, expect, it } from 'vitest';
import { findFiguresIn, parseFigure } from '../../../core/quantity/index';
import { atLeast, exact, moreThan, type Interval } from './cases';

const interval = (phrase: string, language?: string): Interval | null => {
  const f = parseFigure(phrase, undefined, language);
  return f ? [f.low, f.high, f.lowInclusive, f.highInclusive, f.approximate] : null;
};

describe('digits of every script read as numbers', () => {
  it.each<[string, string, Interval]>([
    ['at least ۱۳ soldiers', 'en', atLeast(13)],
    ['killed ١٧٠ Afghans', 'en', exact(170)],
    ['more than ۱٬۲۰۰ people', 'en', moreThan(1200)],
    ['about ٢٫٥ million', 'en', [2250000, 2750000, true, true, true]],
    ['more than १२० people', 'en', moreThan(120)],
    ['at least ๑๒ people', 'en', atLeast(12)],
    ['не менее ۱۳ военнослужащих', 'ru', atLeast(13)],
    ['۱۳', 'fa', exact(13)],
  ])('%s (%s)', (phrase, language, expected) =>
    expect(interval(phrase, language)).toEqual(expected),
  );

  it('keeps the offsets and wording of the source', () => {
    const [f] = findFiguresIn('at least ۱۳ soldiers', 'en');
    expect(f?.text).toBe('at least ۱۳');
    expect([f?.start, f?.end]).toEqual([0, 11]);
  });
});

describe('a qualifier in a language with no table is never dropped', () => {
  it.each<[string, string, string]>([
    ['دست کم 13 سرباز کشته شدند', 'fa-AF', 'دست کم'],
    ['دست کم ۱۳ سرباز', 'prs', 'دست کم'],
    ['حداقل ۱۳ نفر', 'ps', 'حداقل'],
    ['au moins 13 morts', 'fr', 'au moins'],
  ])('%s', (text, language, words) => {
    const [f] = findFiguresIn(text, language);
    expect(f?.unreadQualifier).toBe(words);
    expect(f?.value).toBe(13);
    // Open on both sides: the figure states no bound it cannot back.
    expect([f?.low, f?.high, f?.approximate]).toEqual([null, null, true]);
  });

  it.each<[string, string]>([
    ['13 سرباز کشته شدند', 'fa'],
    ['(13) سرباز', 'fa'],
  ])('a number with no word before it stays exact: %s', (text, language) => {
    const [f] = findFiguresIn(text, language);
    expect(f?.unreadQualifier).toBeUndefined();
    expect([f?.low, f?.high]).toEqual([13, 13]);
  });

  it('English and undetermined sources keep the English grammar', () => {
    expect(findFiguresIn('killed 13 soldiers', 'en')[0]?.unreadQualifier).toBeUndefined();
    expect(findFiguresIn('killed 13 soldiers', 'und')[0]?.low).toBe(13);
  });
});
