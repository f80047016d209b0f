import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, isWellFormed, parseFigure } from '../../../core/quantity/index';

const words = fc.constantFrom(
  'at least',
  'more than',
  'about',
  'nearly',
  'up to',
  'fewer than',
  'between',
  'and',
  'to',
  'or',
  'more',
  'less',
  'a',
  'dozen',
  'dozens',
  'of',
  'hundred',
  'thousand',
  'million',
  'one',
  'two',
  'forty-two',
  'March',
  'issue',
  'No.',
  '-',
  '–',
  '+',
  '%',
  '$',
  ',',
  '.',
  '(',
  ')',
  ':',
  '1,900',
  '143',
  '0',
  '2021',
  '1.2',
  '22nd',
  'people',
  'killed',
  'odd',
  'plus',
  'so',
  'some',
  '\n',
  '😀',
);
const phrase = fc.array(words, { maxLength: 12 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
  phrase,
);

describe('findFigures / parseFigure properties', () => {
  it('never throw and always give well-formed intervals with valid offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = findFigures(text);
        for (const f of figures) {
          expect(isWellFormed(f)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
        }
        const parsed = parseFigure(text);
        if (parsed) expect(isWellFormed(parsed)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds figures in order and without overlap', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const figures = findFigures(text);
        for (let i = 1; i < figures.length; i += 1) {
          expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any integer written with thousands separators back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const written = n.toLocaleString('en-US');
        const f = parseFigure(`${written} people`);
        const isYear = /^\d{4}$/.test(written) && n >= 1000 && n <= 2100;
        if (isYear) expect(f).toBeNull();
        else expect([f?.low, f?.high]).toEqual([n, n]);
      }),
    );
  });
});
