import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/quantity/index';

const texts = (phrase: string) => findFigures(phrase).map((f) => f.text);

describe('numbers that are not figures stay out', () => {
  it.each<[kind: string, phrase: string]>([
    ['year', 'the bridge opened in 1987'],
    ['exponent past a double', 'a mass of ~2.5e-340 grams'],
    ['year range', 'the drought of 2011-2013'],
    ['year range in words', 'from 1990 to 2000 the mill was shut'],
    ['decade', 'a fashion of the 1970s'],
    ['short decade', 'she was in her 30s'],
    ['century', 'a manor of the 1500s'],
    ['date, month first', 'on June 4 the vote'],
    ['date, day first', 'on 4 June the vote'],
    ['numeric date', 'signed on 12/25 last year'],
    ['full numeric date', 'signed on 3/4/2021'],
    ['date written like a fraction', 'the 1/6 hearings and the 9/11 memorial'],
    ['idiom written like a fraction', 'open 24/7'],
    ['clock time', 'the bell rang at 10:45'],
    ['clock time with suffix', 'doors open at 7pm'],
    ['clock time, spaced', 'doors open at 7 p.m.'],
    ['ordinal', 'her 3rd attempt'],
    ['ordinal with grouping', 'the 1,000th customer'],
    ['ordinal word', 'the fourth ferry'],
    ['ordinal after "a"', 'a third runner joined'],
    ['age', 'a 34-year-old welder'],
    ['age in words', 'a two-year-old foal'],
    ['idiom with a hyphenated number', 'a one-off fee on a two-way road'],
    ['identifier with letters', 'the A320 landed'],
    ['identifier with hyphen', 'flight XR-118 was late'],
    ['identifier noun', 'see chapter 9'],
    ['hash identifier', 'ticket #42'],
    ['version', 'release 4.2.1 shipped'],
    ['unknown glued letters', 'a 5G mast and a 3D map'],
    ['letters after a hyphen', 'a 3-D print'],
    ['suffix that means billions only for money', 'she lives in 3B'],
    ['phone number', 'ring 0161 496 0750 or 555-867-5309'],
    ['international phone', 'dial +33 1 23 45 67 89'],
    ['range after an identifier', 'read pages 10-20'],
  ])('%s: %j', (_kind, phrase) => {
    expect(texts(phrase)).toEqual([]);
  });

  it.each<[phrase: string, expected: string[]]>([
    // A four-digit amount with a unit is an amount; the same digits alone are a year.
    ['1000 litres in 1000', ['1000']],
    // Letters after digits decide by what they are, not by being letters.
    ['5km in the 1990s at 5pm', ['5km']],
    // The age goes, the count beside it stays.
    ['two 19-year-old cadets', ['two']],
  ])('keeps only the figure in %j', (phrase, expected) => {
    expect(texts(phrase)).toEqual(expected);
  });
});
