import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../renderer/components/SourceDetailsDialog';
import { describeLanguage, languageProblem } from '../../renderer/components/LanguageField';

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

describe('language field', () => {
  it.each([
    ['fa-AF', null, 'Dari · right to left'],
    ['ps', null, 'Pashto · right to left'],
    ['ar', null, 'Arabic · right to left'],
    ['ru', null, 'Russian · left to right'],
    ['und', null, 'Not determined'],
    ['', null, 'current language is kept'],
    ['farsi!', 'not a language code', 'Not a language code'],
  ])('%j', (text, problem, description) => {
    const found = languageProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
    expect(describeLanguage(text)).toContain(description);
  });
});
