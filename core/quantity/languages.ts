/**
 * Figures by language: the one door through which callers read figures of a source in its own
 * language. English has its grammar (scanner.ts); a language with a table (tabled/table.ts:
 * Russian) is read by the table grammar; any other language is read with the English grammar
 * (digits of every script are numbers everywhere) and its bare figures are marked as possibly
 * qualified by words we cannot read (unread-qualifier.ts), never stated as exact.
 */
import type { FoundFigure } from './figure';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './intervals';
import { findFigures, scanFigures } from './scanner';
import { RUSSIAN_FIGURES } from './ru/figure-table';
import { findTableFigures, scanTableFigures } from './tabled/scanner';
import type { FigureTable } from './tabled/table';
import { tokenize, type Token } from './tokens';
import { markUnreadQualifiers } from './unread-qualifier';
import { primaryLanguage } from '../language/tags';

/** Figure tables by primary language subtag. A new language is a table and a line here. */
const TABLES: Readonly<Record<string, FigureTable>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, FigureTable>, { ru: RUSSIAN_FIGURES }),
);

/** Languages read by the English grammar itself: English, and "we could not tell" (und, none). */
const ENGLISH_GRAMMAR = new Set(['en', 'und', '']);

/** The figure table of a language (by BCP 47 tag), if it has one. */
export function figureTableFor(language: string | null | undefined): FigureTable | undefined {
  return TABLES[primaryLanguage(language)];
}

/**
 * True when figures of this language are read with their qualifiers (English or a table);
 * false when qualifiers there would go unread (figures are then marked, not stated exact).
 */
export function readsQualifiersOf(language: string | null | undefined): boolean {
  return ENGLISH_GRAMMAR.has(primaryLanguage(language)) || figureTableFor(language) !== undefined;
}

/** Figures among tokens already made for a sentence, in the source's language. */
export function scanFiguresIn(
  language: string | null | undefined,
  text: string,
  tokens: Token[],
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  const table = figureTableFor(language);
  if (table) return scanTableFigures(table, text, tokens, options);
  const figures = scanFigures(text, tokens, options);
  return readsQualifiersOf(language) ? figures : markUnreadQualifiers(text, tokens, figures);
}

/** Every figure of a text in the given language (findFigures for English). Never throws. */
export function findFiguresIn(
  text: string,
  language: string | null | undefined,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const table = figureTableFor(language);
  if (table) return findTableFigures(table, text, options);
  const figures = findFigures(text, options);
  return readsQualifiersOf(language)
    ? figures
    : markUnreadQualifiers(text, tokenize(text), figures);
}
