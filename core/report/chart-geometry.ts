import { compareFigures, describeInterval, intervalOf, type Interval } from '../compare/figures';
import type { Figure } from '../quantity/figure';
import { chartDomain, formatTick } from './chart-scale';

/**
 * Pure geometry of the interval chart: every number the SVG draws is computed here so it can be
 * tested as a table of cases without a DOM. The Compare bar's component and the report's SVG
 * both map this to elements, so the two charts never differ.
 */

/** Fixed measures of the chart, in SVG user units (pixels at 100 %). */
export const CHART = {
  width: 520,
  padX: 18,
  top: 6,
  rowHeight: 38,
  /** Distance from a row's top to its label baseline, and to its bar. */
  labelDy: 13,
  barDy: 27,
  axisGap: 6,
  axisHeight: 26,
  radius: 4.5,
  arrow: 9,
  /** Narrowest overlap drawn, so that a single shared value stays visible. */
  minOverlap: 8,
} as const;

/** How one end of a drawn interval looks. */
export type EndKind =
  /** Included bound: filled circle. */
  | 'closed'
  /** Excluded bound: hollow circle. */
  | 'open'
  /** Unbounded side: an arrow at the plot's edge. */
  | 'arrow'
  /** Edge of an approximate band: fades out, no mark. */
  | 'soft';

export interface EndMark {
  kind: EndKind;
  /** Where the end sits: the bound's position, or the plot edge for an arrow. */
  x: number;
}

export interface RowGeometry {
  /** Index of the row in the input (before ordering). */
  index: number;
  /** Top of the row's band of the chart, its label baseline and its bar's centre line. */
  top: number;
  labelY: number;
  y: number;
  /** A dot (exact value), a line with end marks, or a fuzzy band (approximate). */
  shape: 'point' | 'segment' | 'band';
  /**
   * The drawn extent. For a segment the line stops short of hollow circles and arrow heads so
   * they read clearly; for a band it is the band itself; for a point both equal the dot.
   */
  x1: number;
  x2: number;
  low: EndMark;
  high: EndMark;
  /** The stated number inside an approximate band ("about 80" -> 80), drawn as a small tick. */
  valueX?: number;
  /** The interval in analyst notation, "≈ 72-88" for an approximate figure. */
  text: string;
}

export interface Tick {
  value: number;
  x: number;
  label: string;
}

export interface OverlapGeometry {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  interval: Interval;
  /** "overlap >= 143". */
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number };
  domain: [number, number];
  ticks: Tick[];
  axisY: number;
  rows: RowGeometry[];
  /** The values every row allows, shaded across the rows; null for fewer than 2 rows or none. */
  overlap: OverlapGeometry | null;
}

/**
 * Orders rows by publication date, oldest first, undated rows last; ties keep their input order.
 * ISO dates (possibly partial) sort as text.
 */
export function orderByPublished<T extends { published?: string | null }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const pa = a.row.published || null;
      const pb = b.row.published || null;
      if (pa && pb && pa !== pb) return pa < pb ? -1 : 1;
      if (pa && !pb) return -1;
      if (!pa && pb) return 1;
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

/** A figure as the chart labels it: its interval, marked "≈" when approximate. */
export function chartFigureText(figure: Figure): string {
  return `${figure.approximate ? '≈ ' : ''}${describeInterval(intervalOf(figure))}`;
}

function isPoint(figure: Figure): boolean {
  return !figure.approximate && figure.low !== null && figure.low === figure.high;
}

/**
 * Lays out the chart for rows already in display order (see {@link orderByPublished}).
 * Approximate figures are drawn over the band {@link intervalOf} gives them, the same band the
 * verdict uses, so the picture and the verdict never disagree.
 */
export function chartGeometry(
  figures: readonly Figure[],
  width: number = CHART.width,
): ChartGeometry {
  const intervals = figures.map((figure) => intervalOf(figure));
  const stated = figures.flatMap((figure) =>
    figure.value !== undefined && Number.isFinite(figure.value) ? [figure.value] : [],
  );
  const { domain, ticks } = chartDomain(intervals, stated);
  const left = CHART.padX;
  const right = Math.max(left + 1, width - CHART.padX);
  const [d0, d1] = domain;
  const scale = (value: number) => left + ((value - d0) / (d1 - d0)) * (right - left);
  const r = CHART.radius;

  const rows = figures.map((figure, index): RowGeometry => {
    const interval = intervals[index] as Interval;
    const top = CHART.top + index * CHART.rowHeight;
    const base = {
      index,
      top,
      labelY: top + CHART.labelDy,
      y: top + CHART.barDy,
      text: chartFigureText(figure),
    };
    if (isPoint(figure)) {
      const x = scale(figure.low as number);
      return {
        ...base,
        shape: 'point',
        x1: x,
        x2: x,
        low: { kind: 'closed', x },
        high: { kind: 'closed', x },
      };
    }
    const lowX = interval.low === null ? left : scale(interval.low);
    const highX = interval.high === null ? right : scale(interval.high);
    if (figure.approximate) {
      const geometry: RowGeometry = {
        ...base,
        shape: 'band',
        x1: lowX,
        x2: Math.max(highX, lowX + 1),
        low: { kind: interval.low === null ? 'arrow' : 'soft', x: lowX },
        high: { kind: interval.high === null ? 'arrow' : 'soft', x: highX },
      };
      if (figure.value !== undefined && Number.isFinite(figure.value)) {
        geometry.valueX = scale(figure.value);
      }
      return geometry;
    }
    const lowKind: EndKind =
      interval.low === null ? 'arrow' : interval.lowInclusive ? 'closed' : 'open';
    const highKind: EndKind =
      interval.high === null ? 'arrow' : interval.highInclusive ? 'closed' : 'open';
    const inset = (kind: EndKind) => (kind === 'open' ? r : kind === 'arrow' ? CHART.arrow : 0);
    return {
      ...base,
      shape: 'segment',
      x1: lowX + inset(lowKind),
      x2: Math.max(lowX + inset(lowKind), highX - inset(highKind)),
      low: { kind: lowKind, x: lowX },
      high: { kind: highKind, x: highX },
    };
  });

  const rowsBottom = CHART.top + figures.length * CHART.rowHeight;
  const axisY = rowsBottom + CHART.axisGap;
  let overlap: OverlapGeometry | null = null;
  if (figures.length >= 2) {
    const shared = compareFigures(figures).overlap;
    if (shared) {
      let x1 = shared.low === null ? left : scale(shared.low);
      let x2 = shared.high === null ? right : scale(shared.high);
      if (x2 - x1 < CHART.minOverlap) {
        const mid = (x1 + x2) / 2;
        x1 = mid - CHART.minOverlap / 2;
        x2 = mid + CHART.minOverlap / 2;
      }
      overlap = {
        x1,
        x2,
        y1: CHART.top,
        y2: rowsBottom,
        interval: shared,
        label: `overlap ${describeInterval(shared)}`,
      };
    }
  }

  return {
    width,
    height: axisY + CHART.axisHeight,
    plot: { left, right },
    domain,
    ticks: ticks.map((value) => ({ value, x: scale(value), label: formatTick(value) })),
    axisY,
    rows,
    overlap,
  };
}

/** Shortens a label to about `max` characters, ending with an ellipsis when cut. */
export function clipLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  return `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
