import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, isWellFormed, parseFigure } from '../../../core/quantity/index';
import { scanFigures } from '../../../core/quantity/scanner';
import { tokenize } from '../../../core/quantity/tokens';

/** Pieces of the number grammar, and the punctuation and breaks that sit between them. */
const piece = fc.constantFrom(
  '3km',
  '250ml',
  '-504',
  '−7',
  'minus',
  '°C',
  '100K',
  '1.2M',
  '2bn',
  '$',
  '$ 14',
  'US$',
  'Rs.',
  '₹2',
  '2.174T',
  '½',
  '2½',
  '1/4',
  '3/4/2020',
  '12/25',
  'two thirds',
  'one and a half',
  'a quarter of',
  'half a million',
  'two point two',
  'point',
  'lakh',
  'crore',
  '40 000',
  '000',
  '.77',
  '1e10',
  '2.5e-3',
  '6,200-seat',
  '8-',
  '16-metre',
  'six-mile',
  '21-year-old',
  'a 3-day',
  '~',
  '40-ish',
  '50ish',
  '100+',
  'and counting',
  'about',
  'around',
  'some',
  'between',
  'from',
  'to',
  'and',
  'or',
  'over',
  'years',
  'as many as',
  'upwards of',
  'lower than',
  'nil',
  'a pair',
  '2 dozens',
  '3 hundred and 21',
  '1000 litres',
  '1990s',
  '5pm',
  '22nd',
  '0161 496 0750',
  '-',
  '–',
  ',',
  '.',
  '\n',
  '\n\n',
  '\n \n',
  '\u2029',
  '^',
  '±',
  '+/-',
  'fifths',
  'a fifth',
  'one hundred and',
  'sixty',
  'five',
  '1.2b',
  '$-9',
  '1/40',
  '12/256',
  'at most',
  'at least',
);
const phrase = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(' '));
const glued = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
const anyText = fc.oneof(phrase, glued, fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('the number grammar on random compositions', () => {
  it('never throws; every figure is a well-formed interval quoting its own offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of findFigures(text)) {
          expect(isWellFormed(f)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThan(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          if (f.unitStart !== undefined && f.unitEnd !== undefined) {
            expect(f.unitStart).toBeLessThan(f.unitEnd);
            expect(f.unitEnd).toBeLessThanOrEqual(text.length);
          }
        }
        const parsed = parseFigure(text);
        if (parsed) expect(isWellFormed(parsed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('no figure, nor its unit, spans a paragraph break', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        for (const f of findFigures(text)) {
          const span = text.slice(f.start, Math.max(f.end, f.unitEnd ?? 0));
          expect(span).not.toMatch(/\n[ \t]*\n|\u2029/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('figures come in text order without overlapping', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const figures = findFigures(text);
        for (let i = 1; i < figures.length; i += 1)
          expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
      }),
      { numRuns: 1000 },
    );
  });

  it('reading a long paragraph window by window finds what one pass over it finds', () => {
    const sentence = fc
      .array(
        piece.filter((p) => !p.includes('\n') && p !== '\u2029'),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
        // Repeated well past the 32 KB window, so figures fall on every kind of cut.
        let text = '';
        for (let k = 0; text.length < 100_000; k += 1)
          text += `${sentences[k % sentences.length]} `;
        const strip = (f: {
          text: string;
          start: number;
          low: number | null;
          high: number | null;
          unit?: string;
        }) => `${f.start}:${f.text}:${f.low}:${f.high}:${f.unit ?? ''}`;
        expect(findFigures(text).map(strip)).toEqual(scanFigures(text, tokenize(text)).map(strip));
      }),
      { numRuns: 12 },
    );
  });
});
