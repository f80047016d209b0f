import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../../core/quantity/index';
import {
  about,
  atLeast,
  exact,
  justOver,
  lessThan,
  moreThan,
  nearly,
  range,
  upTo,
  vague,
  type Interval,
} from './cases';

const asInterval = (phrase: string): Interval | null => {
  const f = parseFigure(phrase);
  return f ? [f.low, f.high, f.lowInclusive, f.highInclusive, f.approximate] : null;
};

describe('parseFigure: digits', () => {
  it.each<[string, Interval]>([
    ['143', exact(143)],
    ['0', exact(0)],
    ['7', exact(7)],
    ['1,900', exact(1900)],
    ['12,345,678', exact(12345678)],
    ['1.5', exact(1.5)],
    ['1.2 million', exact(1200000)],
    ['1.1 million', exact(1100000)],
    ['2.5 thousand', exact(2500)],
    ['3 million', exact(3000000)],
    ['4 billion', exact(4000000000)],
    ['3 hundred', exact(300)],
    ['5 hundred thousand', exact(500000)],
    ['2 dozen', exact(24)],
    ['1,900 Tajiks', exact(1900)],
    ['143 people', exact(143)],
    ['170 Afghans', exact(170)],
    ['12 plots', exact(12)],
    ['19 thus far into 2024', exact(19)],
    ['0.75', exact(0.75)],
    ['1,000,000', exact(1000000)],
    ['999', exact(999)],
    ['100,000 people', exact(100000)],
    ['2,000', exact(2000)],
    ['10,000 troops', exact(10000)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});

describe('parseFigure: number words', () => {
  it.each<[string, Interval]>([
    ['two', exact(2)],
    ['two staffers', exact(2)],
    ['eleven', exact(11)],
    ['forty-two', exact(42)],
    ['Seven individuals', exact(7)],
    ['twenty one', exact(21)],
    ['ninety-nine', exact(99)],
    ['one hundred', exact(100)],
    ['one hundred and sixty-four', exact(164)],
    ['one hundred sixty-four', exact(164)],
    ['a hundred', exact(100)],
    ['a thousand', exact(1000)],
    ['a million', exact(1000000)],
    ['two thousand', exact(2000)],
    ['two thousand five hundred', exact(2500)],
    ['three hundred thousand', exact(300000)],
    ['a dozen', exact(12)],
    ['two dozen', exact(24)],
    ['half a dozen', exact(6)],
    ['thirteen', exact(13)],
    ['twelve', exact(12)],
    ['zero', exact(0)],
    ['ten', exact(10)],
    ['seventy', exact(70)],
    ['one thousand and five', exact(1005)],
    ['nineteen hundred', exact(1900)],
    ['three million', exact(3000000)],
    ['five Chechen men', exact(5)],
    ['an estimated two thousand', about(1800, 2200)],
    ['Forty-Two', exact(42)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});

describe('parseFigure: qualifiers', () => {
  it.each<[string, Interval]>([
    ['at least 143', atLeast(143)],
    ['At least 143 people', atLeast(143)],
    ['no fewer than 50', atLeast(50)],
    ['no less than 50', atLeast(50)],
    ['not less than 50', atLeast(50)],
    ['a minimum of 8', atLeast(8)],
    ['143 or more', atLeast(143)],
    ['143 and more', atLeast(143)],
    ['ten or more', atLeast(10)],
    ['100+', atLeast(100)],
    ['100-plus', atLeast(100)],
    ['more than 130', moreThan(130)],
    ['more than 1,900 Tajiks', moreThan(1900)],
    ['over 200', moreThan(200)],
    ['above 40', moreThan(40)],
    ['in excess of 1,000', moreThan(1000)],
    ['upwards of 300', moreThan(300)],
    ['greater than 5', moreThan(5)],
    ['more than a dozen', moreThan(12)],
    ['more than two hundred', moreThan(200)],
    ['well over 100', moreThan(100)],
    ['up to 40', upTo(40)],
    ['at most 40', upTo(40)],
    ['no more than 40', upTo(40)],
    ['not more than 40', upTo(40)],
    ['a maximum of 40', upTo(40)],
    ['40 or less', upTo(40)],
    ['40 or fewer', upTo(40)],
    ['fewer than 300', lessThan(300)],
    ['less than 300', lessThan(300)],
    ['under 18', lessThan(18)],
    ['below 5', lessThan(5)],
    ['fewer than twenty', lessThan(20)],
    ['about 80', about(72, 88)],
    ['around 80', about(72, 88)],
    ['approximately 80 others', about(72, 88)],
    ['approx. 80', about(72, 88)],
    ['roughly 80', about(72, 88)],
    ['some 80', about(72, 88)],
    ['an estimated 80', about(72, 88)],
    ['estimated 80', about(72, 88)],
    ['circa 80', about(72, 88)],
    ['80 or so', about(72, 88)],
    ['40-odd', about(36, 44)],
    ['about 2', about(1, 3)],
    ['about 2.5', about(2.2, 2.8)],
    ['about 1.2 million', about(1080000, 1320000)],
    ['about 7', about(6, 8)],
    ['around a thousand', about(900, 1100)],
    ['nearly 150', nearly(135, 150)],
    ['almost 150', nearly(135, 150)],
    ['just under 150', nearly(135, 150)],
    ['close to 150', nearly(135, 150)],
    ['almost ten', nearly(9, 10)],
    ['nearly 1,000', nearly(900, 1000)],
    ['nearly 0', about(0, 0)],
    ['just over 100', justOver(100, 110)],
    ['slightly more than 100', justOver(100, 110)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});

describe('parseFigure: ranges and vague amounts', () => {
  it.each<[string, Interval]>([
    ['between 70 and 90', range(70, 90)],
    ['between seventy and ninety', range(70, 90)],
    ['between 70 to 90', range(70, 90)],
    ['70 to 90', range(70, 90)],
    ['70-90', range(70, 90)],
    ['70–90', range(70, 90)],
    ['70 - 90', range(70, 90)],
    ['from 70 to 90', range(70, 90)],
    ['two or three', range(2, 3)],
    ['two to three', range(2, 3)],
    ['1.2 to 1.5 million', range(1200000, 1500000)],
    ['between 5 and 10 million', range(5000000, 10000000)],
    ['10,000-12,000', range(10000, 12000)],
    ['dozens', vague(24)],
    ['dozens of people', vague(24)],
    ['Dozens', vague(24)],
    ['scores of people', vague(40)],
    ['hundreds', vague(200)],
    ['hundreds of people', vague(200)],
    ['thousands', vague(2000)],
    ['thousands of migrants', vague(2000)],
    ['tens of thousands', vague(20000)],
    ['hundreds of thousands', vague(200000)],
    ['millions', vague(2000000)],
    ['more than hundreds', vague(200)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});

describe('parseFigure: not figures', () => {
  it.each<string>([
    '',
    'no number here',
    '2021',
    'in 2015',
    'Since 2018',
    'the 2022 and 2023 rocket attacks',
    'between 2015 and 2024',
    'between 2015 to 2020',
    'from 2015 to 2020',
    '2015-2024',
    'March 22',
    '22 March',
    'the March 22 assault',
    'May 5',
    'first',
    'second',
    'the third attack',
    '22nd',
    '1st',
    '3rd',
    '19th century',
    'IK-19',
    'COVID-19',
    'TRC20 tokens',
    'issue 2',
    'Issue 2',
    'No. 5',
    'page 12',
    'Article 5',
    'Resolution 2254',
    '#3',
    'call 555-123-4567',
    '+44 20 7946 0958',
    '(202) 555-0143',
    '10:30',
    '5 pm',
    '5pm',
    '5 p.m.',
    '1990s',
    'the 1990s',
    '21-year-old',
    'version 1.2.3',
    'One of their notable attempts',
    'one another',
    'no one',
    'the one',
    'someone',
    'hundred',
    'a few',
    'several',
    'scores',
    'tens',
    'the Voice of Khorasan, issue 2',
    'at least since 2020',
    'one two',
    '12 plots in 2023 and 19',
    '13 soldiers and 170 Afghans',
  ])('%j', (phrase) => {
    expect(asInterval(phrase)).toBeNull();
  });
});

describe('parseFigure: percentages and money', () => {
  it.each<[string, Interval]>([
    ['12%', exact(12)],
    ['12 percent', exact(12)],
    ['12 per cent', exact(12)],
    ['about 50%', about(45, 55)],
    ['$5m', exact(5000000)],
    ['$5 million', exact(5000000)],
    ['€2bn', exact(2000000000)],
    ['£10k', exact(10000)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});

describe('parseFigure: qualifiers added for issue 12', () => {
  it.each<[string, Interval]>([
    ['lower than 40', lessThan(40)],
    ['higher than 15', moreThan(15)],
    ['as many as 250 boats', upTo(250)],
    ['as much as 30 percent', upTo(30)],
    ['near 100', about(90, 110)],
    ['120 and counting', atLeast(120)],
  ])('%s', (phrase, expected) => {
    expect(asInterval(phrase)).toEqual(expected);
  });
});
