import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';
import { atLeast, exact, lessThan, moreThan, upTo, type Interval } from './cases';

/** One figure per row: the phrase, the quoted text and its interval. */
type Row = [phrase: string, text: string, interval: Interval];

const only = (phrase: string) => {
  const figures = findFigures(phrase);
  expect(figures, `one figure in ${JSON.stringify(phrase)}`).toHaveLength(1);
  const [f] = figures;
  if (!f) throw new Error('no figure');
  return {
    text: f.text,
    interval: [f.low, f.high, f.lowInclusive, f.highInclusive, f.approximate] as Interval,
  };
};

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%j', (phrase, text, interval) => {
      const got = only(phrase);
      expect(got.text).toBe(text);
      const [low, high, ...flags] = got.interval;
      const [wantLow, wantHigh, ...wantFlags] = interval;
      expect(close(low, wantLow) && close(high, wantHigh), `${low}..${high}`).toBe(true);
      expect(flags).toEqual(wantFlags);
    });
  });
}

const between = (a: number, b: number, lowInc: boolean, highInc: boolean): Interval => [
  a,
  b,
  lowInc,
  highInc,
  false,
];

table('fractions in words with a singular denominator', [
  ['the tank was one fifth.', 'one fifth', exact(1 / 5)],
  ['a tenth of the seedlings', 'a tenth', exact(1 / 10)],
  ['the wall lost a hundredth', 'a hundredth', exact(1 / 100)],
  ['a millionth of a gram', 'a millionth', exact(1e-6)],
  ['they kept one sixth, no more', 'one sixth', exact(1 / 6)],
  [
    'above one eighth and below a half',
    'above one eighth and below a half',
    [0.125, 0.5, false, false, false],
  ],
]);

table('fractions in words with a large numerator or a compound denominator', [
  ['a hundred thousandths', 'a hundred thousandths', exact(0.1)],
  ['two hundred twelve fifths', 'two hundred twelve fifths', exact(212 / 5)],
  ['one forty-fifth', 'one forty-fifth', exact(1 / 45)],
  ['seven sixty-thirds of it', 'seven sixty-thirds', exact(7 / 63)],
  ['two hundred fifty-sixths', 'two hundred fifty-sixths', exact(200 / 56)],
]);

table('spaced compound ordinals as denominators', [
  ['four thirty sixths of it', 'four thirty sixths', exact(4 / 36)],
  ['one forty first of the land', 'one forty first', exact(1 / 41)],
  // The numerator's last tens word, with no "and" binding it, opens the denominator.
  ['two hundred sixty fourths', 'two hundred sixty fourths', exact(200 / 64)],
  ['two hundred and sixty fourths', 'two hundred and sixty fourths', exact(260 / 4)],
]);

table('mixed numbers in words', [
  ['four and a third.', 'four and a third', exact(4 + 1 / 3)],
  ['eleven and two fifths', 'eleven and two fifths', exact(11.4)],
  ['two hundred and five eighths', 'two hundred and five eighths', exact(200 + 5 / 8)],
  ['three hundred and seven and one half', 'three hundred and seven and one half', exact(307.5)],
  // Not a proper fraction after "and": it is the numerator's last part.
  ['two hundred and forty sixths', 'two hundred and forty sixths', exact(240 / 6)],
]);

table('spoken decimals with a two-digit word', [
  ['nine point forty-four', 'nine point forty-four', exact(9.44)],
  ['six hundred point twelve', 'six hundred point twelve', exact(600.12)],
]);

table('bounds closed by the opposite bound', [
  ['above 12 and below 40 sacks', 'above 12 and below 40', between(12, 40, false, false)],
  ['at most 90 and at least 15 boats', 'at most 90 and at least 15', between(15, 90, true, true)],
  [
    'no more than 70 but no fewer than 30 crates',
    'no more than 70 but no fewer than 30',
    between(30, 70, true, true),
  ],
  [
    'higher or equal than six and lower or equal than nine',
    'higher or equal than six and lower or equal than nine',
    between(6, 9, true, true),
  ],
  [
    'above 1200 and below 1800 tonnes',
    'above 1200 and below 1800',
    between(1200, 1800, false, false),
  ],
]);

table('comparisons written the long way', [
  ['smaller or equal than 60', 'smaller or equal than 60', upTo(60)],
  ['less or equal to 8 pallets', 'less or equal to 8', upTo(8)],
  ['bigger or equal than 400', 'bigger or equal than 400', atLeast(400)],
  ['at least or equal to 25', 'at least or equal to 25', atLeast(25)],
  ['a load < = 12', '< = 12', upTo(12)],
]);

table('postfix bounds', [
  ['about six hundred or more tents', 'about six hundred or more', [600, null, true, false, true]],
  ['roughly 80 or fewer', 'roughly 80 or fewer', [null, 80, false, true, true]],
  ['300 or greater than that', '300', exact(300)],
  ['the herd was over forty years old', 'over forty', moreThan(40)],
]);

describe('a postfix that opens a comparison leaves both numbers to themselves', () => {
  it.each<[phrase: string, expected: Array<[string, Interval]>]>([
    [
      'either 900 or less than 700',
      [
        ['900', exact(900)],
        ['less than 700', lessThan(700)],
      ],
    ],
    [
      'more than 20, fewer than 35 of them children',
      [
        ['more than 20', moreThan(20)],
        ['fewer than 35', lessThan(35)],
      ],
    ],
    [
      '60 or more than 45',
      [
        ['60', exact(60)],
        ['more than 45', moreThan(45)],
      ],
    ],
  ])('%j', (phrase, expected) => {
    const got = findFigures(phrase).map(
      (f) => [f.text, [f.low, f.high, f.lowInclusive, f.highInclusive, f.approximate]] as const,
    );
    expect(got).toEqual(expected);
  });
});

describe('ordinals and ordinal-shaped words stay out of fractions', () => {
  it.each<[phrase: string, expected: string[]]>([
    ['a fifth suspect was named', []],
    ['one tenth grade class', ['one']],
    ['the sixty-third session', []],
    ['thirty-fifths alone', []],
    ['a twenty-first birthday', []],
    ['her seventy second lap', []],
    ['a third and final try', []],
    ['the ninety third day of the siege', []],
  ])('%j', (phrase, expected) => {
    expect(findFigures(phrase).map((f) => f.text)).toEqual(expected);
  });
});
