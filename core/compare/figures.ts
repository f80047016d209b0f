import type { Figure } from '../quantity/figure';

/** The four verdicts a comparison can reach; `single` only when there is nothing to compare. */
export type Verdict = 'agree' | 'compatible' | 'conflict' | 'single';

/** A real interval with inclusive or open ends; `null` is an unbounded side. */
export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** What comparing two or more figures gives: the verdict and, unless it is a conflict, the overlap. */
export interface FigureComparison {
  verdict: Exclude<Verdict, 'single'>;
  /** Values every figure allows (the intersection); absent for a conflict. */
  overlap?: Interval;
}

/** Relative half-width of the band drawn around an approximate figure that carries no band. */
export const DEFAULT_APPROXIMATE_BAND = 0.1;

/**
 * The interval a figure stands for. The parser already widens approximate figures into a band;
 * when it did not (a point marked approximate), we widen by `band` here so that "about 80" and
 * "82" can still overlap. Trade-off: the width is a convention, not a fact, so views must say so.
 */
export function intervalOf(figure: Figure, band = DEFAULT_APPROXIMATE_BAND): Interval {
  const { low, high, lowInclusive, highInclusive } = figure;
  if (figure.approximate && low !== null && low === high) {
    const spread = Math.max(1, Math.abs(low) * band);
    return { low: low - spread, high: high + spread, lowInclusive: true, highInclusive: true };
  }
  return { low, high, lowInclusive, highInclusive };
}

/** True when two intervals have the same ends with the same inclusivity. */
export function sameInterval(a: Interval, b: Interval): boolean {
  return (
    a.low === b.low &&
    a.high === b.high &&
    (a.low === null || a.lowInclusive === b.lowInclusive) &&
    (a.high === null || a.highInclusive === b.highInclusive)
  );
}

/**
 * The intersection of two intervals, or null when they are disjoint. Open and closed ends are
 * honoured: (130,inf) and [0,130] do not meet, [130,inf) and [0,130] meet at 130.
 */
export function intersect(a: Interval, b: Interval): Interval | null {
  let low = a.low;
  let lowInclusive = a.lowInclusive;
  if (b.low !== null && (low === null || b.low > low)) {
    low = b.low;
    lowInclusive = b.lowInclusive;
  } else if (b.low !== null && b.low === low) {
    lowInclusive = lowInclusive && b.lowInclusive;
  }
  let high = a.high;
  let highInclusive = a.highInclusive;
  if (b.high !== null && (high === null || b.high < high)) {
    high = b.high;
    highInclusive = b.highInclusive;
  } else if (b.high !== null && b.high === high) {
    highInclusive = highInclusive && b.highInclusive;
  }
  if (low !== null && high !== null) {
    if (low > high) return null;
    if (low === high && !(lowInclusive && highInclusive)) return null;
  }
  return {
    low,
    high,
    lowInclusive: low === null ? false : lowInclusive,
    highInclusive: high === null ? false : highInclusive,
  };
}

/**
 * Compares two reported figures as intervals: the same interval agrees, overlapping ones are
 * compatible (both can be true; the overlap is what they jointly allow, e.g. >= 143 for
 * "at least 143" and "more than 130"), disjoint ones conflict. Approximate figures compare by
 * their bands. Trade-off: "compatible" is generous with open-ended figures ("more than 1"
 * is compatible with almost anything), which is why views show the overlap next to it.
 */
export function verdictForFigures(a: Figure, b: Figure): FigureComparison {
  return compareFigures([a, b]);
}

/**
 * Group form of {@link verdictForFigures}: agree when all intervals are equal, compatible when
 * they all overlap, conflict as soon as two are disjoint. Intervals on a line that overlap
 * pairwise share a common point (Helly), so one running intersection decides it in O(n).
 */
export function compareFigures(figures: readonly Figure[]): FigureComparison {
  const intervals = figures.map((figure) => intervalOf(figure));
  const [first, ...rest] = intervals;
  if (!first) return { verdict: 'agree' };
  let overlap: Interval | null = first;
  let allSame = true;
  for (const next of rest) {
    if (!sameInterval(first, next)) allSame = false;
    overlap = overlap ? intersect(overlap, next) : null;
  }
  if (!overlap) return { verdict: 'conflict' };
  return { verdict: allSame ? 'agree' : 'compatible', overlap };
}

function formatNumber(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : String(Math.round(value * 100) / 100);
}

/** Reads an interval back in an analyst's notation: "143", ">= 143", "> 130", "70-90", "<= 40". */
export function describeInterval(interval: Interval): string {
  const { low, high, lowInclusive, highInclusive } = interval;
  if (low === null && high === null) return 'any number';
  if (low !== null && high !== null) {
    if (low === high) return formatNumber(low);
    const left = lowInclusive ? '[' : '(';
    const right = highInclusive ? ']' : ')';
    if (lowInclusive && highInclusive) return `${formatNumber(low)}-${formatNumber(high)}`;
    return `${left}${formatNumber(low)}, ${formatNumber(high)}${right}`;
  }
  if (low !== null) return `${lowInclusive ? '>=' : '>'} ${formatNumber(low)}`;
  return `${highInclusive ? '<=' : '<'} ${formatNumber(high ?? 0)}`;
}

/** A number that stands for a figure when ordering revisions: the stated value, else a bound. */
export function centralValue(figure: Figure): number | null {
  return figure.value ?? figure.low ?? figure.high;
}
