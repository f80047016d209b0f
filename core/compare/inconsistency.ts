import { datesOverlap, parseDateSpan } from './dates';
import { compareFigures } from './figures';
import type { ComparableItem } from './item';
import { itemValueText, voiceLabel } from './values';

/** One voice contradicting itself: the same source (and speaker) giving disjoint values. */
export interface Inconsistency {
  sourceId: string;
  attributedTo: string;
  values: string[];
  explanation: string;
}

/** Characters between two claims of one voice under which they belong to one passage. */
export const PASSAGE_GAP = 300;

/**
 * Splits one voice's claims into passages: runs of claims less than {@link PASSAGE_GAP}
 * characters apart. Two values in one sentence ("in September and December 2022") are a
 * list, not a contradiction; a contradiction is a later passage saying otherwise.
 */
export function passagesOf(items: readonly ComparableItem[]): ComparableItem[][] {
  const ordered = [...items].sort((a, b) => a.start - b.start);
  const passages: ComparableItem[][] = [];
  let lastEnd = -Infinity;
  for (const item of ordered) {
    const current = passages[passages.length - 1];
    if (current && item.start - lastEnd <= PASSAGE_GAP) current.push(item);
    else passages.push([item]);
    lastEnd = Math.max(lastEnd, item.end);
  }
  return passages;
}

/** True when two claims' values can both hold (figures overlap, dates overlap). */
export function valuesMeet(a: ComparableItem, b: ComparableItem): boolean {
  if (a.value?.kind === 'figure' && b.value?.kind === 'figure') {
    return compareFigures([a.value.figure, b.value.figure]).verdict !== 'conflict';
  }
  if (a.value?.kind === 'date' && b.value?.kind === 'date') {
    const x = parseDateSpan(a.value.date);
    const y = parseDateSpan(b.value.date);
    return !x || !y || datesOverlap(x, y);
  }
  return true;
}

/**
 * Finds where one voice contradicts itself across passages: any two disjoint values from
 * different passages of one event (a toll of 13 here, 17 there). A series ("the 2022 and 2023
 * rocket attacks") is never inconsistent: its dates are occurrences, so a passage naming one
 * the others did not ("2023" after "April 2022") adds an attack, it does not contradict one.
 * Trade-off: two passages about two different events that were grouped together read as an
 * inconsistency; the analyst unlinks them.
 */
export function inconsistencyOf(
  items: readonly ComparableItem[],
  series: boolean,
): Inconsistency | null {
  if (series) return null;
  const passages = passagesOf(items.filter((item) => item.value));
  if (passages.length < 2) return null;
  const offending = new Set<ComparableItem>();
  passages.forEach((passage, i) => {
    const others = passages.filter((_, j) => j !== i).flat();
    for (const item of passage) {
      if (others.some((other) => !valuesMeet(item, other))) offending.add(item);
    }
  });
  if (offending.size === 0) return null;
  const first = items[0] as ComparableItem;
  const values = [...new Set([...offending].sort((a, b) => a.start - b.start).map(itemValueText))];
  const explanation = `${voiceLabel(first)} gives values that cannot all be true: ${values.join(' vs ')}`;
  return { sourceId: first.sourceId, attributedTo: first.attributedTo, values, explanation };
}
