import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';
import { scanFigures } from '../../../core/quantity/scanner';
import { tokenize } from '../../../core/quantity/tokens';
import { paragraphSpans } from '../../../core/quantity/paragraphs';

const texts = (text: string) => findFigures(text).map((f) => f.text);

describe('a figure never crosses a paragraph break', () => {
  it.each<[string, string[]]>([
    ['the fund raised 40\n\n- 90 volunteers came later', ['40', '90']],
    ['some 12 to\n\n30 houses burned', ['some 12', '30']],
    ['between 7\r\n\r\nand 9 officials', ['7', '9']],
    ['about 300\n   \n   to 400 guests', ['about 300', '400']],
    ['up to 60\u2029or 70 boats', ['up to 60', '70']],
    ['a line wrap keeps 10 to\n20 boats together', ['10 to\n20']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps the counted noun in its own paragraph', () => {
    const [figure] = findFigures('they counted 25\n\nPolice said more');
    expect(figure?.unit).toBeUndefined();
  });

  it('holds for tokens a caller made across paragraphs', () => {
    const text = 'between 5\n\nand 8 rooms';
    for (const f of scanFigures(text, tokenize(text)))
      expect(text.slice(f.start, f.end)).not.toContain('\n\n');
  });
});

describe('paragraphSpans', () => {
  it.each<[string, Array<[number, number]>]>([
    ['one', [[0, 3]]],
    ['a\nb', [[0, 3]]],
    [
      'a\n\nb',
      [
        [0, 1],
        [3, 4],
      ],
    ],
    [
      'a\r\n \r\nb',
      [
        [0, 1],
        [6, 7],
      ],
    ],
    ['\n\nb', [[2, 3]]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(paragraphSpans(text)).toEqual(expected);
  });
});
