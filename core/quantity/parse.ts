import type { Figure } from './figure';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './intervals';
import { findFigures } from './scanner';

/**
 * Reads the figure in a phrase an analyst selected ("at least 143", "killed more than 130
 * people"). Returns null when the phrase holds no figure or more than one (we would rather ask
 * than guess which one the analyst meant). Never throws.
 */
export function parseFigure(
  phrase: string,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): Figure | null {
  if (typeof phrase !== 'string') return null;
  const figures = findFigures(phrase, options);
  if (figures.length !== 1) return null;
  const [found] = figures;
  if (!found) return null;
  const figure: Figure = {
    low: found.low,
    high: found.high,
    lowInclusive: found.lowInclusive,
    highInclusive: found.highInclusive,
    approximate: found.approximate,
  };
  if (found.value !== undefined) figure.value = found.value;
  if (found.kind !== undefined) figure.kind = found.kind;
  return figure;
}
