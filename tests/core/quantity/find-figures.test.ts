import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';

const found = (text: string) =>
  findFigures(text).map((f) => ({ text: f.text, unit: f.unit ?? null, kind: f.kind }));

describe('findFigures: figures in running text', () => {
  it.each<[string, Array<{ text: string; unit: string | null; kind: string }>]>([
    [
      'which killed at least 143 people and wounded approximately 80 others',
      [
        { text: 'at least 143', unit: 'people', kind: 'lower-bound' },
        { text: 'approximately 80', unit: 'others', kind: 'approximate' },
      ],
    ],
    [
      'in which more than 130 people were killed',
      [{ text: 'more than 130', unit: 'people', kind: 'lower-bound' }],
    ],
    [
      'resulting in the deaths of two staffers.',
      [{ text: 'two', unit: 'staffers', kind: 'exact' }],
    ],
    [
      'linked to 12 plots in 2023 and 19 thus far into 2024 – targeting Tajikistan',
      [
        { text: '12', unit: 'plots', kind: 'exact' },
        { text: '19', unit: null, kind: 'exact' },
      ],
    ],
    [
      'killing 13 American soldiers. and 170 Afghans.',
      [
        { text: '13', unit: 'American soldiers', kind: 'exact' },
        { text: '170', unit: 'Afghans', kind: 'exact' },
      ],
    ],
    [
      'a cell of three Chechen and Bosnian nationals were arrested',
      [{ text: 'three', unit: 'Chechen and Bosnian nationals', kind: 'exact' }],
    ],
    ['It was the March 22 assault against Moscow’s Crocus City Hall', []],
    ['Voice of Khorasan, issue 2, published in June 2024', []],
    ['the IK-19 prison break attempt near Volgograd', []],
    ['dozens of people were hurt', [{ text: 'dozens', unit: 'people', kind: 'vague' }]],
    ['between 2015 to 2020, as well as 2020 uptil 2024', []],
    ['Call +1 (202) 555-0143 at 10:30 or 5 pm on the 22nd.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the text, after astral characters too', () => {
    const text = '😀 killed 🇷🇺 at least 143 people';
    const [figure] = findFigures(text);
    expect(figure).toBeDefined();
    expect(text.slice(figure?.start, figure?.end)).toBe('at least 143');
    expect(figure?.text).toBe('at least 143');
    expect(text.slice(figure?.unitStart, figure?.unitEnd)).toBe('people');
  });

  it('offsets match the quoted text for every figure', () => {
    const text =
      'Some 2,000 fled; nearly 150 died, up to 40 were hurt and between seventy and ninety are missing.';
    for (const f of findFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findFigures(text).map((f) => f.text)).toEqual([
      'Some 2,000',
      'nearly 150',
      'up to 40',
      'between seventy and ninety',
    ]);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures(undefined as unknown as string)).toEqual([]);
  });

  it('honours the band setting', () => {
    const [f] = findFigures('about 100', { aboutBand: 0.2, nearlyBand: 0.1, justOverBand: 0.1 });
    expect([f?.low, f?.high]).toEqual([80, 120]);
  });
});
