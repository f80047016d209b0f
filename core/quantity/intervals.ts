/**
 * The intervals figures make: a stated number under a qualifier shape, a closed range, and the
 * check that an interval is well formed. Bands ("about", "nearly", "just over") are fractions
 * of the stated size, set by FigureOptions.
 */
import type { Figure, FigureKind } from './figure';
import type { PostfixShape, QualifierShape } from './qualifiers';

/** Settings for the approximate bands. Fractions of the stated number. */
export interface FigureOptions {
  /** "about N" covers N +/- this fraction, rounded outward. Default 0.1 (+/-10%). */
  aboutBand: number;
  /** "nearly N" covers [N - this fraction, N). Default 0.1. */
  nearlyBand: number;
  /** "just over N" covers (N, N + this fraction]. Default 0.1. */
  justOverBand: number;
}

/** The documented defaults: +/-10% around "about", 10% below "nearly", 10% above "just over". */
export const DEFAULT_FIGURE_OPTIONS: Readonly<FigureOptions> = Object.freeze({
  aboutBand: 0.1,
  nearlyBand: 0.1,
  justOverBand: 0.1,
});

/** Rounds down/up at the precision the number was written with (0 decimals -> integers). */
function roundDown(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(Number((x * f).toPrecision(12))) / f;
}
function roundUp(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.ceil(Number((x * f).toPrecision(12))) / f;
}

function make(
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  approximate: boolean,
  kind: FigureKind,
  value?: number,
): Figure {
  const figure: Figure = {
    low,
    high,
    lowInclusive: low === null ? false : lowInclusive,
    highInclusive: high === null ? false : highInclusive,
    approximate,
    kind,
  };
  if (value !== undefined) figure.value = value;
  return figure;
}

/** The interval a single stated number makes under a qualifier (or none: exact). */
export function intervalFor(
  shape: QualifierShape | PostfixShape | 'exact',
  value: number,
  decimals: number,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): Figure {
  switch (shape) {
    case 'at-least':
      return make(value, null, true, false, false, 'lower-bound', value);
    case 'more-than':
      return make(value, null, false, false, false, 'lower-bound', value);
    case 'at-most':
      return make(null, value, false, true, false, 'upper-bound', value);
    case 'less-than':
      return make(null, value, false, false, false, 'upper-bound', value);
    case 'about': {
      // The band is a fraction of the size: "about -5" is around -5, never clamped at zero.
      const band = Math.abs(value) * options.aboutBand;
      const floor = value >= 0 ? 0 : -Infinity;
      const low = Math.max(floor, roundDown(value - band, decimals));
      const high = roundUp(value + band, decimals);
      return make(low, Math.max(low, high), true, true, true, 'approximate', value);
    }
    case 'nearly': {
      // "nearly 150" is just under 150; "nearly -10 °C" is just short of -10, on the zero side.
      const band = Math.abs(value) * options.nearlyBand;
      if (value < 0) {
        const high = roundUp(value + band, decimals);
        if (high <= value) return make(value, value, true, true, true, 'approximate', value);
        return make(value, Math.min(high, 0), false, true, true, 'approximate', value);
      }
      const low = Math.max(0, roundDown(value - band, decimals));
      // Nothing lies just under zero (or under a value the rounding reaches): fall back to [low, value].
      if (low >= value) return make(value, value, true, true, true, 'approximate', value);
      return make(low, value, true, false, true, 'approximate', value);
    }
    case 'just-over': {
      const band = Math.abs(value) * options.justOverBand;
      const high = roundUp(value + band, decimals);
      if (high <= value) return make(value, value, true, true, true, 'approximate', value);
      return make(value, high, false, true, true, 'approximate', value);
    }
    case 'between':
    case 'from':
    case 'exact':
      return make(value, value, true, true, false, 'exact', value);
  }
}

/** A closed range [a, b] ("between 70 and 90", "70-90", "two or three"). */
export function rangeFigure(a: number, b: number, approximate = false): Figure {
  return make(Math.min(a, b), Math.max(a, b), true, true, approximate, 'range');
}

/**
 * True when a figure is a well-formed interval: finite bounds, low <= high, inclusivity false on
 * an unbounded side, and a single point only when both ends are inclusive.
 */
export function isWellFormed(figure: Figure): boolean {
  const { low, high } = figure;
  if (low !== null && !Number.isFinite(low)) return false;
  if (high !== null && !Number.isFinite(high)) return false;
  if (low === null && figure.lowInclusive) return false;
  if (high === null && figure.highInclusive) return false;
  if (low !== null && high !== null) {
    if (low > high) return false;
    if (low === high && !(figure.lowInclusive && figure.highInclusive)) return false;
  }
  return true;
}
