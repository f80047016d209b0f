/**
 * Public surface of the quantity room: find and parse reported figures.
 *
 * How a figure is read (one file per job): scanner.ts walks each paragraph in windows and
 * tries figure-at.ts at every token: qualifier? (qualifiers.ts) currency? (currency.ts) number
 * (numeric.ts: digits.ts, scales.ts, number-words.ts, word-fractions.ts, compound-words.ts)
 * range? (ranges.ts) postfix? then its unit (unit-attach.ts: measure-units.ts, units.ts).
 * context.ts says what is not a figure (years, dates, times, ordinals, ages, identifiers,
 * phone numbers) from the whole token; intervals.ts turns the reading into an interval.
 */
export type { Figure, FigureKind, FoundFigure } from './figure';
export { findFigures } from './scanner';
export { parseFigure } from './parse';
export { DEFAULT_FIGURE_OPTIONS, isWellFormed, type FigureOptions } from './intervals';
