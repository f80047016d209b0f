import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSuggestions } from '../../../../core/extract/index';
import { parseSourceFile } from '../../../../core/io/source-file';
import { findFiguresIn, isWellFormed, parseFigure } from '../../../../core/quantity/index';

const words = fc.constantFrom(
  'не',
  'менее',
  'более',
  'свыше',
  'около',
  'почти',
  'до',
  'от',
  'между',
  'и',
  'или',
  'с',
  'лишним',
  'возросло',
  'превысило',
  'сто',
  'ста',
  'сорок',
  'три',
  'двое',
  'полутора',
  'тысяч',
  'тысячи',
  'млн',
  'тыс',
  'десятки',
  'сотни',
  'несколько',
  'марта',
  'года',
  '№',
  '143',
  '6 200',
  '1,5',
  '2024',
  '0',
  '-',
  '–',
  '+',
  '%',
  ',',
  '.',
  ':',
  '۱۳',
  'человек',
  'погибли',
  'ранены',
  'задержаны',
  'пятницу',
  'вчера',
  'взяла',
  'ответственность',
  'по данным',
  'ФСБ',
  '«Крокус»',
  '\n',
  '😀',
);
const phrase = fc.array(words, { maxLength: 14 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  phrase,
);

describe('Russian figures: properties', () => {
  it('never throw and always give well-formed intervals with valid offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = findFiguresIn(text, 'ru');
        for (const f of figures) {
          expect(isWellFormed(f)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
        for (let i = 1; i < figures.length; i += 1)
          expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
        const parsed = parseFigure(text, undefined, 'ru');
        if (parsed) expect(isWellFormed(parsed)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads any integer grouped by no-break spaces back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const written = n.toLocaleString('ru-RU');
        const f = parseFigure(`${written} человек`, undefined, 'ru');
        const isYear = /^\d{4}$/.test(written) && n >= 1000 && n <= 2100;
        if (isYear) expect(f).toBeNull();
        else expect([f?.low, f?.high]).toEqual([n, n]);
      }),
    );
  });

  it('extraction of a Russian source never throws and gives well-formed figures', () => {
    const body = fc.array(fc.oneof(phrase, fc.constant('.'), fc.constant('\n\n')), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(body, fc.boolean(), (parts, dated) => {
        const front = `---\nlanguage: ru\n${dated ? 'published: 2024-03-24\n' : ''}---\n`;
        const parsed = parseSourceFile({ id: 'p', content: front + parts.join(' ') });
        if (!parsed.ok) return;
        for (const s of extractSuggestions(parsed.value)) {
          expect(parsed.value.text.slice(s.start, s.end)).toBe(s.quote);
          if (s.value?.kind === 'figure') expect(isWellFormed(s.value.figure)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
