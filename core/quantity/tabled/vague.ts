/**
 * Vague amounts of a table language ("десятки", "сотни тысяч", "несколько сотен"), read by the
 * English convention (../vague.ts): an open lower bound at two of the unit, so "сотни" is
 * [200, inf) and "десятки тысяч" [20000, inf). Always approximate, kind 'vague', no value.
 */
import type { Figure } from '../figure';
import type { Token } from '../tokens';
import { vagueFigure } from '../vague';
import { folded } from './numbers';
import type { FigureTable } from './table';

export interface TableVague {
  figure: Figure;
  next: number;
}

/** A vague amount at tokens[i], or null. "несколько" alone states no scale and is no figure. */
export function readTableVague(
  table: FigureTable,
  tokens: readonly Token[],
  i: number,
): TableVague | null {
  const word = folded(table, tokens[i]);
  if (!word) return null;
  const several = table.several.has(word);
  const at = several ? i + 1 : i;
  let base = table.vaguePlurals[several ? folded(table, tokens[at]) : word];
  if (base === undefined) return null;
  let next = at + 1;
  // "десятки тысяч", "сотни тысяч": a larger plural or scale multiplies.
  const larger = folded(table, tokens[next]);
  const factor = table.vaguePlurals[larger] ?? table.scales[larger];
  if (factor !== undefined && factor > base) {
    base *= factor;
    next += 1;
  }
  return { figure: vagueFigure(base), next };
}
