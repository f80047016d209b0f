/**
 * Public surface of the quantity room: find and parse reported figures.
 *
 * How a figure is read (one file per job): scanner.ts walks each paragraph in windows and
 * tries figure-at.ts at every token: qualifier? (qualifiers.ts) currency? (currency.ts) number
 * (numeric.ts: digits.ts, powers.ts, scales.ts, number-words.ts, word-fractions.ts,
 * denominators.ts, compound-words.ts) margin? (plus-minus.ts) range? (ranges.ts) postfix? then
 * its unit (unit-attach.ts: measure-units.ts, units.ts).
 * context.ts says what is not a figure (years, dates, times, ordinals, ages, identifiers,
 * phone numbers) from the whole token; intervals.ts turns the reading into an interval.
 * Other languages (languages.ts): a table per language (ru/) read by one table grammar
 * (tabled/); digits of every script are numbers in all of them (script-digits.ts).
 */
export type { Figure, FigureKind, FoundFigure } from './figure';
export { findFigures } from './scanner';
export { parseFigure } from './parse';
export { findFiguresIn, figureTableFor, readsQualifiersOf, scanFiguresIn } from './languages';
export { DEFAULT_FIGURE_OPTIONS, isWellFormed, type FigureOptions } from './intervals';
