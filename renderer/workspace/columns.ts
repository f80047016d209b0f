/**
 * Which source each pane shows. The analyst reads two sources side by side by default; with
 * three or more they choose the source of each pane or add a column. Pure functions over a list
 * of source ids, so the rules are tested without a DOM.
 */
export type Columns = readonly string[];

/** The first two sources (or the only one). */
export function initialColumns(sourceIds: readonly string[]): Columns {
  return sourceIds.slice(0, 2);
}

/** Shows `sourceId` in pane `index`; if another pane showed it, the two swap. */
export function chooseColumn(columns: Columns, index: number, sourceId: string): Columns {
  const next = [...columns];
  const other = next.indexOf(sourceId);
  if (other >= 0 && other !== index) next[other] = next[index]!;
  next[index] = sourceId;
  return next;
}

/** Adds a pane with the first source not shown yet; no-op when every source is shown. */
export function addColumn(columns: Columns, sourceIds: readonly string[]): Columns {
  const hidden = sourceIds.find((id) => !columns.includes(id));
  return hidden ? [...columns, hidden] : columns;
}

/** Closes pane `index`, keeping at least one pane. */
export function removeColumn(columns: Columns, index: number): Columns {
  return columns.length <= 1 ? columns : columns.filter((_, at) => at !== index);
}

/**
 * Makes sure every id in `wanted` is on screen, replacing panes that show other sources from the
 * right, so a passage the analyst asked to see is never hidden. Panes already showing a wanted
 * source stay where they are.
 */
export function showSources(columns: Columns, wanted: readonly string[]): Columns {
  const next = [...columns];
  const missing = wanted.filter((id) => !next.includes(id));
  for (let index = next.length - 1; index >= 0 && missing.length; index -= 1) {
    if (!wanted.includes(next[index]!)) next[index] = missing.shift()!;
  }
  return [...next, ...missing];
}

/** Drops ids of sources that no longer exist; falls back to the first sources when none is left. */
export function keepKnown(columns: Columns, sourceIds: readonly string[]): Columns {
  const known = columns.filter((id) => sourceIds.includes(id));
  return known.length ? known : initialColumns(sourceIds);
}
