import { readableDate } from '../text/date-words';
import type { Figure } from '../quantity/figure';
import { centralValue, compareFigures } from './figures';
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
}

function figureOf(item: ComparableItem): Figure | null {
  return item.value?.kind === 'figure' ? item.value.figure : null;
}

/**
 * Reads a figure disagreement as a revision when the sources carry publication dates and the
 * figure changes between dates: tolls are revised as bodies are counted, so "133" on 24 March
 * and "145" on 30 June is an update, not a contradiction. Undated sources stay out of the
 * timeline. Returns null when dates are missing or the figure does not change over time.
 * Trade-off: it cannot tell a genuine revision from two outlets that simply differ at different
 * dates; the label says what the timeline shows, the analyst decides.
 */
export function revisionOf(items: readonly ComparableItem[]): Revision | null {
  const dated = items.filter((item) => item.published && figureOf(item));
  const byDate = new Map<string, ComparableItem[]>();
  for (const item of dated) {
    const list = byDate.get(item.published as string) ?? [];
    list.push(item);
    byDate.set(item.published as string, list);
  }
  if (byDate.size < 2) return null;
  const dates = [...byDate.keys()].sort();
  const groups = dates.map((date) => byDate.get(date) as ComparableItem[]);
  const figures = groups.map((list) => list.map((item) => figureOf(item) as Figure));
  const changes = figures.some(
    (list, i) => i > 0 && compareFigures([...(figures[i - 1] ?? []), ...list]).verdict !== 'agree',
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
  const explanation = `${head}: ${timeline}${caveat}`;
  return { direction, steps, explanation, complete };
}
