/**
 * The scan for a table language: one left-to-right pass over each paragraph's tokens, trying
 * the table grammar at each token. Linear in the text: each attempt reads a bounded number of
 * tokens, and a rule that throws loses only its own token.
 */
import type { FoundFigure } from '../figure';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from '../intervals';
import { paragraphSpans } from '../paragraphs';
import type { Scan } from '../scan';
import { tryFigureAt } from '../scanner';
import { tokenize, type Token } from '../tokens';
import { tableFigureAt } from './grammar';
import type { FigureTable } from './table';

/** Figures among tokens already made from `text` (absolute offsets), in order. */
export function scanTableFigures(
  table: FigureTable,
  text: string,
  tokens: Token[],
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  const out: FoundFigure[] = [];
  const scan = { text, tokens, options };
  const attempt = (at: Scan, i: number) => tableFigureAt(table, at, i);
  for (let i = 0; i < tokens.length;) i = tryFigureAt(scan, i, attempt, out);
  return out;
}

/**
 * Every figure of a text in a table language, paragraph by paragraph. Never throws; every
 * interval is well formed (the English interval makers build them).
 */
export function findTableFigures(
  table: FigureTable,
  text: string,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: FoundFigure[] = [];
  for (const [from, to] of paragraphSpans(text))
    out.push(...scanTableFigures(table, text, tokenize(text, from, to), options));
  return out;
}
