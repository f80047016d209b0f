import type { Figure } from './figure';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './intervals';
import { findFiguresIn } from './languages';

/**
 * Reads the figure in a phrase an analyst selected ("at least 143", "killed more than 130
 * people"). Returns null when the phrase holds no figure or more than one (we would rather ask
 * than guess which one the analyst meant). `language` (BCP 47, the source's) picks the grammar;
 * English when absent. Never throws.
 */
export function parseFigure(
  phrase: string,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
  language?: string,
): Figure | null {
  if (typeof phrase !== 'string') return null;
  const figures = findFiguresIn(phrase, language ?? 'en', options);
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
  if (found.unreadQualifier !== undefined) figure.unreadQualifier = found.unreadQualifier;
  return figure;
}
