import { readableDate } from '../text/date-words';
import type { Figure } from '../quantity/figure';
import { parseDateSpan } from './dates';
import {
  centralValue,
  compareFigures,
  intersect,
  intervalOf,
  sameInterval,
  verdictForFigures,
} from './figures';
import type { ComparableItem } from './item';
import { itemValueText } from './values';

/** A difference between figures explained by time: later sources report another figure. */
export interface Revision {
  direction: 'upward' | 'downward' | 'changed';
  /** One step per publication date, oldest first. */
  steps: { published: string; values: string[]; sourceIds: string[] }[];
  /** "revised upward: 133 on 2024-03-24, 145 by 2024-06-30". */
  explanation: string;
  /** False when sources published on the same date also disagree, so time does not explain all. */
  complete: boolean;
  /** Sources left out of the timeline: undated, or dated too loosely to place ("March 2024"). */
  unplaced: { source: string; published: string | null }[];
}

/** A publication date as the days it covers; null when it cannot be read. */
function spanOf(published: string): { start: number; end: number } | null {
  const span = parseDateSpan(published);
  return span?.kind === 'span' ? span : null;
}

/**
 * The publication dates that can be ordered: a date whose days overlap another, wider-known
 * date's ("2024-03" holds "2024-03-22") cannot be placed before or after it, so the looser one
 * leaves the timeline rather than sort as a string before the day it contains.
 */
function placeableDates(dates: readonly string[]): { placed: string[]; loose: Set<string> } {
  const spans = new Map(dates.map((date) => [date, spanOf(date)]));
  const loose = new Set<string>();
  for (const [date, span] of spans) {
    if (!span) {
      loose.add(date);
      continue;
    }
    const width = span.end - span.start;
    for (const [other, o] of spans) {
      if (other === date || !o) continue;
      if (o.start <= span.end && span.start <= o.end && o.end - o.start < width) loose.add(date);
    }
  }
  const placed = dates.filter((date) => !loose.has(date));
  placed.sort((a, b) => (spanOf(a)?.start ?? 0) - (spanOf(b)?.start ?? 0) || (a < b ? -1 : 1));
  return { placed, loose };
}

function unplacedNote(unplaced: Revision['unplaced']): string {
  if (unplaced.length === 0) return '';
  const parts = unplaced.map(({ source, published }) =>
    published ? `${source} (dated only ${readableDate(published)})` : `${source} (undated)`,
  );
  return `; not placed in time: ${[...new Set(parts)].join(', ')}`;
}

function figureOf(item: ComparableItem): Figure | null {
  return item.value?.kind === 'figure' ? item.value.figure : null;
}

/**
 * True when a later figure says something new about an earlier one: it differs, and it is not
 * a looser restatement ("more than 60" after 62 still holds 62, so nothing was revised).
 */
function revises(earlier: Figure, later: Figure): boolean {
  if (verdictForFigures(earlier, later).verdict === 'agree') return false;
  const before = intervalOf(earlier);
  const common = intersect(before, intervalOf(later));
  return !(common && sameInterval(common, before));
}

/**
 * Reads a figure disagreement as a revision when the sources carry publication dates and the
 * figure changes between dates: tolls are revised as bodies are counted, so "133" on 24 March
 * and "145" on 30 June is an update, not a contradiction. Dates are compared as the days they
 * cover: a month-only date is not before a day of that month, so it stays out of the timeline,
 * like an undated source, and the explanation names both. Returns null when dates are missing or the figure does not change over time.
 * Trade-off: it cannot tell a genuine revision from two outlets that simply differ at different
 * dates; the label says what the timeline shows, the analyst decides.
 */
export function revisionOf(items: readonly ComparableItem[]): Revision | null {
  const valued = items.filter((item) => figureOf(item));
  const byDate = new Map<string, ComparableItem[]>();
  for (const item of valued) {
    if (!item.published) continue;
    const list = byDate.get(item.published) ?? [];
    list.push(item);
    byDate.set(item.published, list);
  }
  const { placed: dates, loose } = placeableDates([...byDate.keys()]);
  if (dates.length < 2) return null;
  const unplaced = valued
    .filter((item) => !item.published || loose.has(item.published))
    .map((item) => ({
      source: item.sourceName ?? item.sourceId,
      published: item.published ?? null,
    }));
  const groups = dates.map((date) => byDate.get(date) as ComparableItem[]);
  const figures = groups.map((list) => list.map((item) => figureOf(item) as Figure));
  const changes = figures.some((list, i) =>
    (figures[i - 1] ?? []).some((earlier) => list.some((later) => revises(earlier, later))),
  );
  if (!changes) return null;
  const steps = dates.map((published, i) => {
    const list = groups[i] ?? [];
    return {
      published,
      values: [...new Set(list.map((item) => itemValueText(item)))],
      sourceIds: [...new Set(list.map((item) => item.sourceId))],
    };
  });
  const mean = (list: readonly Figure[]) => {
    const values = list.map(centralValue).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const first = mean(figures[0] ?? []);
  const last = mean(figures[figures.length - 1] ?? []);
  const direction =
    first === null || last === null || first === last
      ? 'changed'
      : last > first
        ? 'upward'
        : 'downward';
  const complete = figures.every((list) => compareFigures(list).verdict !== 'conflict');
  const timeline = steps
    .map(
      (step, i) =>
        `${step.values.join(' / ')} ${i === 0 ? 'on' : 'by'} ${readableDate(step.published)}`,
    )
    .join(', ');
  const head = direction === 'changed' ? 'changed over time' : `revised ${direction}`;
  const caveat = complete ? '' : ' (sources of the same date also disagree)';
  const explanation = `${head}: ${timeline}${caveat}${unplacedNote(unplaced)}`;
  return { direction, steps, explanation, complete, unplaced };
}
