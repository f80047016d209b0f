/**
 * The number scale of the interval chart: the range shown and its ticks. Pure, shared by the
 * Compare bar's chart and the report's.
 */

import type { Interval } from '../compare/figures';

/** About how many ticks the axis shows. */
export const TARGET_TICKS = 5;

/** A step of 1, 2 or 5 times a power of ten giving about `count` steps over `span`. */
export function niceStep(span: number, count: number = TARGET_TICKS): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
  return nice * power;
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step)));
}

function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A tick label: thousands separated, at most two decimals. */
export function formatTick(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * The number range the chart shows, widened to whole tick steps. Data is padded so that marks
 * never sit on the edge; a side that some interval leaves unbounded gets extra room so its
 * arrow visibly runs past every stated number. A count that is never negative does not get a
 * negative axis unless something is unbounded below. Nothing finite at all (every row is
 * "any number") gives an unlabelled unit range.
 */
export function chartDomain(
  intervals: readonly Interval[],
  extraValues: readonly number[] = [],
): { domain: [number, number]; ticks: number[] } {
  const finite = [
    ...intervals.flatMap((interval) => [interval.low, interval.high]),
    ...extraValues,
  ].filter((value): value is number => value !== null && Number.isFinite(value));
  if (finite.length === 0) return { domain: [0, 1], ticks: [] };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const unboundedLow = intervals.some((interval) => interval.low === null);
  const unboundedHigh = intervals.some((interval) => interval.high === null);
  const span = max > min ? max - min : Math.max(2, Math.abs(min) * 0.2);
  const pad = max > min ? span * 0.1 : span / 2;
  let lo = min - pad - (unboundedLow ? span * 0.3 : 0);
  const hi = max + pad + (unboundedHigh ? span * 0.3 : 0);
  if (min >= 0 && !unboundedLow && lo < 0) lo = 0;
  const step = niceStep(hi - lo);
  const decimals = decimalsOf(step);
  const first = roundTo(Math.floor(lo / step) * step, decimals);
  const last = roundTo(Math.ceil(hi / step) * step, decimals);
  const ticks: number[] = [];
  for (let i = 0; ; i += 1) {
    const value = roundTo(first + i * step, decimals);
    if (value > last + step / 2) break;
    ticks.push(value);
  }
  return { domain: [first, last], ticks };
}
