import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';
import { about, atLeast, exact, lessThan, moreThan, range, upTo, type Interval } from './cases';

/** One figure per row: the phrase, the quoted text, its interval and its unit (or null). */
type Row = [phrase: string, text: string, interval: Interval, unit: string | null];

const only = (phrase: string) => {
  const figures = findFigures(phrase);
  expect(figures, `one figure in ${JSON.stringify(phrase)}`).toHaveLength(1);
  const [f] = figures;
  if (!f) throw new Error('no figure');
  return {
    text: f.text,
    interval: [f.low, f.high, f.lowInclusive, f.highInclusive, f.approximate] as Interval,
    unit: f.unit ?? null,
  };
};

const approxRange = (a: number, b: number): Interval => [a, b, true, true, true];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%j', (phrase, text, interval, unit) => {
      expect(only(phrase)).toEqual({ text, interval, unit });
    });
  });
}

table('fractions and halves', [
  ['two thirds of the orchard', 'two thirds', exact(2 / 3), null],
  ['three quarters of the crew', 'three quarters', exact(3 / 4), null],
  ['two-thirds of the council', 'two-thirds', exact(2 / 3), null],
  ['a quarter of the harvest', 'a quarter', exact(1 / 4), null],
  ['one and a half days', 'one and a half', exact(1.5), 'days'],
  [
    'about one and a half million sheep',
    'about one and a half million',
    about(1350000, 1650000),
    'sheep',
  ],
  ['half a million lanterns', 'half a million', exact(500000), 'lanterns'],
  ['½ of the loaves', '½', exact(0.5), null],
  ['she walked 2½ laps', '2½', exact(2.5), 'laps'],
  ['a 1/4 mile stroll', '1/4', exact(0.25), 'mile'],
  ['roughly 3/4 of voters', 'roughly 3/4', about(0.67, 0.83), null],
  ['waited 1 1/2 hours', '1 1/2', exact(1.5), 'hours'],
]);

table('units glued to digits, spaced and hyphenated', [
  ['the ferry sailed 3km upstream', '3km', exact(3), 'km'],
  ['each flask held 250ml', '250ml', exact(250), 'ml'],
  ['a 10kg sack of rice', '10kg', exact(10), 'kg'],
  ['the river rose 12 cm overnight', '12', exact(12), 'cm'],
  ['they hauled 40 tonnes of grain', '40', exact(40), 'tonnes'],
  ['a 3-inch crack in the dam', '3', exact(3), 'inch'],
  ['a six-mile detour', 'six', exact(6), 'mile'],
  ['a new 6,200-seat arena', '6,200', exact(6200), 'seat'],
  // A span used as an adjective is read; the measures drop spans, not the scanner.
  ['a 5-day fair', '5', exact(5), 'day'],
  ['a three-week strike', 'three', exact(3), 'week'],
  ['swells of 8- to 16-metre height', '8- to 16', range(8, 16), 'metre'],
  ['winds of 90 km/h', '90', exact(90), 'km/h'],
  ['the town stores 1000 litres of water', '1000', exact(1000), 'litres'],
]);

table('signs', [
  ['the index fell -504 points', '-504', exact(-504), 'points'],
  ['the gauge read minus 5 degrees', 'minus 5', exact(-5), 'degrees'],
  ['a low of −7 at dawn', '−7', exact(-7), null],
  ['from -18 °C to -34 °C overnight', 'from -18 °C to -34', range(-34, -18), '°C'],
  ['about -5 °C', 'about -5', about(-6, -4), '°C'],
]);

table('magnitude suffixes and currencies', [
  ['the clip reached 100K viewers', '100K', exact(100000), 'viewers'],
  ['1.2M subscribers', '1.2M', exact(1200000), 'subscribers'],
  ['a 2mil grant', '2mil', exact(2000000), 'grant'],
  ['a 2bn loan', '2bn', exact(2000000000), 'loan'],
  ['debts of $2.174T', '$2.174T', exact(2174000000000), 'USD'],
  ['a fund of £10k', '£10k', exact(10000), 'GBP'],
  ['they spent about $ 14 million', 'about $ 14 million', about(12600000, 15400000), 'USD'],
  ['some US$ 3 million', 'some US$ 3 million', about(2700000, 3300000), 'USD'],
  ['a fine of Rs. 500', 'Rs. 500', exact(500), 'INR'],
  ['it costs USD3.14 now', 'USD3.14', exact(3.14), 'USD'],
  ['about USD3 million', 'about USD3 million', about(2700000, 3300000), 'USD'],
  ['a budget of ₹2 crore', '₹2 crore', exact(20000000), 'INR'],
]);

table('lakh and crore', [
  ['30 lakh pilgrims', '30 lakh', exact(3000000), 'pilgrims'],
  ['2 crore saplings', '2 crore', exact(20000000), 'saplings'],
  ['1.5 lakh crore in loans', '1.5 lakh crore', exact(1.5e12), null],
  ['five lakh farmers', 'five lakh', exact(500000), 'farmers'],
]);

table('ranges', [
  ['around 10-20 tents', 'around 10-20', approxRange(10, 20), 'tents'],
  ['some 40 to 50 huts', 'some 40 to 50', approxRange(40, 50), 'huts'],
  ['from 10 dollars to 20 dollars', 'from 10 dollars to 20', range(10, 20), 'dollars'],
  ['$10 to $20 a ticket', '$10 to $20', range(10, 20), 'USD'],
  ['10 km to 20 km of road', '10 km to 20', range(10, 20), 'km'],
  ['between 5 and six rooms', 'between 5 and six', range(5, 6), 'rooms'],
  ['from four to 9 lanes', 'from four to 9', range(4, 9), 'lanes'],
  ['up to 40 or 50 boats', 'up to 40 or 50', upTo(50), 'boats'],
  ['more than 10 to 20 cars', 'more than 10 to 20', moreThan(10), 'cars'],
  ['between 40 and noon', '40', exact(40), null],
  ['from 10 through 20 lanes', 'from 10 through 20', range(10, 20), 'lanes'],
  ['10% to 15% of the vote', '10% to 15%', range(10, 15), 'percent'],
  ['$10-$20 a seat', '$10-$20', range(10, 20), 'USD'],
  ['from 70 houses in the valley', '70', exact(70), 'houses'],
]);

table('zero, pairs, spoken decimals, plural scales, split compounds, dots, exponents, spaces', [
  ['nil casualties', 'nil', exact(0), 'casualties'],
  ['nought points', 'nought', exact(0), 'points'],
  ['a pair of herons', 'a pair', exact(2), null],
  ['a couple of ferries', 'a couple', exact(2), null],
  ['a couple hundred kites', 'a couple hundred', exact(200), 'kites'],
  ['a quarter of a million kites', 'a quarter of a million', exact(250000), 'kites'],
  ['two thirds of a billion', 'two thirds of a billion', exact(666666667), null],
  ['two point two million voters', 'two point two million', exact(2200000), 'voters'],
  ['three point five percent', 'three point five', exact(3.5), 'percent'],
  ['2 dozens eggs', '2 dozens', exact(24), 'eggs'],
  ['two millions of coins', 'two millions', exact(2000000), null],
  ['3 hundred and 21 ballots', '3 hundred and 21', exact(321), 'ballots'],
  ['.77 of a second', '.77', exact(0.77), null],
  ['1e10 cells', '1e10', exact(1e10), 'cells'],
  ['2.5e-3 grams', '2.5e-3', exact(0.0025), 'grams'],
  ['40 000 marchers', '40 000', exact(40000), 'marchers'],
  ['1 250 000 ballots', '1 250 000', exact(1250000), 'ballots'],
]);

table('qualifiers', [
  ['lower than 40 metres', 'lower than 40', lessThan(40), 'metres'],
  ['near 100 homes', 'near 100', about(90, 110), 'homes'],
  ['~40 tents', '~40', about(36, 44), 'tents'],
  ['40-ish guests', '40-ish', about(36, 44), 'guests'],
  ['50ish cars', '50ish', about(45, 55), 'cars'],
  ['upwards of 300 bikes', 'upwards of 300', moreThan(300), 'bikes'],
  ['as many as 250 canoes', 'as many as 250', upTo(250), 'canoes'],
  ['a 100-plus crowd', '100-plus', atLeast(100), 'crowd'],
  ['100+ volunteers', '100+', atLeast(100), 'volunteers'],
  ['120 and counting', '120 and counting', atLeast(120), null],
  ['> 10 stalls', '> 10', moreThan(10), 'stalls'],
  ['>= 10 stalls', '>= 10', atLeast(10), 'stalls'],
  ['≤ 5 kg', '≤ 5', upTo(5), 'kg'],
  ['greater than or equal to 10 rafts', 'greater than or equal to 10', atLeast(10), 'rafts'],
  ['equal to or less than 8 rafts', 'equal to or less than 8', upTo(8), 'rafts'],
  ['smaller than 3 cm', 'smaller than 3', lessThan(3), 'cm'],
  ['12 or greater', '12 or greater', atLeast(12), null],
  ['children 5 and under', '5 and under', upTo(5), null],
  ['20 maximum', '20 maximum', upTo(20), null],
]);

table('a lower bound closed by an upper bound', [
  [
    'more than 5 and less than 10 rafts',
    'more than 5 and less than 10',
    [5, 10, false, false, false],
    'rafts',
  ],
  ['at least 5 but no more than 10', 'at least 5 but no more than 10', range(5, 10), null],
  [
    'over 100 and under 200 vans',
    'over 100 and under 200',
    [100, 200, false, false, false],
    'vans',
  ],
]);

table('vague amounts with a scale', [
  ['several hundred homes', 'several hundred', [200, null, true, false, true], 'homes'],
  ['a few thousand fans', 'a few thousand', [2000, null, true, false, true], 'fans'],
  ['100s of geese', '100s', [200, null, true, false, true], 'geese'],
  ['10s of thousands of geese', '10s of thousands', [20000, null, true, false, true], 'geese'],
]);

table('spans of time and four-digit amounts', [
  ['the works ran over 3 years', '3', exact(3), 'years'],
  ['over 300 lorries', 'over 300', moreThan(300), 'lorries'],
  ['it was built over 2 to 3 years', '2 to 3', range(2, 3), 'years'],
  ['more than 3 years', 'more than 3', moreThan(3), 'years'],
  ['a 1500km pipeline', '1500km', exact(1500), 'km'],
  ['1800 kg of flour', '1800', exact(1800), 'kg'],
]);

describe('"from A to B" after a verb of change is two figures, not a range', () => {
  it.each([
    [
      'the toll was lowered from 40 to 35',
      [
        [40, 40],
        [35, 35],
      ],
    ],
    [
      'they raised it from 7 to 9',
      [
        [7, 7],
        [9, 9],
      ],
    ],
    ['from 10 to 20 people were hurt', [[10, 20]]],
  ])('%s', (text, bounds) => {
    expect(findFigures(text).map((f) => [f.low, f.high])).toEqual(bounds);
  });
});
