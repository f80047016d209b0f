import { intervalOf, type Interval } from '../compare/figures';
import type { Figure } from '../quantity/figure';
import { escapeHtml, formatNumber } from './html';

/** One row of the chart: whose figure it is, and the figure. */
export interface ChartRow {
  label: string;
  figure: Figure;
}

const WIDTH = 680;
const LABEL = 200;
const PAD = 24;
const ROW = 30;
const AXIS = 34;
const RADIUS = 5;

/** Ticks at 1, 2 or 5 times a power of ten, about five across [low, high]. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
    ticks.push(Math.round(t / step) * step);
    if (ticks.length > 50) break;
  }
  return ticks;
}

/** The numeric window every row fits in, with a margin so ends and arrows stay visible. */
function domainOf(intervals: readonly Interval[]): [number, number] {
  const ends = intervals.flatMap((i) => [i.low, i.high]).filter((v): v is number => v !== null);
  if (ends.length === 0) return [0, 1];
  let low = Math.min(...ends);
  let high = Math.max(...ends);
  const margin = (high - low) * 0.12 || Math.max(1, Math.abs(low) * 0.1);
  low -= margin;
  high += margin;
  if (low < 0 && Math.min(...ends) >= 0) low = 0;
  return [low, high];
}

function circle(x: number, y: number, closed: boolean): string {
  const fill = closed ? '#1f2937' : '#ffffff';
  return `<circle cx="${x.toFixed(1)}" cy="${y}" r="${RADIUS}" fill="${fill}" stroke="#1f2937" stroke-width="2"/>`;
}

function arrow(x: number, y: number, direction: -1 | 1): string {
  const tip = x + direction * 8;
  return `<polygon points="${tip.toFixed(1)},${y} ${x.toFixed(1)},${y - 6} ${x.toFixed(1)},${y + 6}" fill="#1f2937"/>`;
}

/** Approximate figures: three stacked translucent bands, narrowest darkest, so edges look soft. */
function fuzzyBand(x1: number, x2: number, y: number): string {
  const width = Math.max(2, x2 - x1);
  return [0.18, 0.28, 0.4]
    .map((opacity, i) => {
      const inset = (width * i) / 8;
      const height = 14 - i * 3;
      return `<rect x="${(x1 + inset).toFixed(1)}" y="${y - height / 2}" width="${(width - 2 * inset).toFixed(1)}" height="${height}" rx="${height / 2}" fill="#2563eb" fill-opacity="${opacity}"/>`;
    })
    .join('');
}

function rowSvg(row: ChartRow, index: number, x: (v: number) => number): string {
  const y = PAD + index * ROW + ROW / 2;
  const interval = intervalOf(row.figure);
  const left = interval.low === null ? LABEL : x(interval.low);
  const right = interval.high === null ? WIDTH - PAD : x(interval.high);
  const parts = [
    `<text x="${LABEL - 10}" y="${y + 4}" text-anchor="end" font-size="12">${escapeHtml(row.label)}</text>`,
  ];
  if (row.figure.approximate) {
    parts.push(fuzzyBand(left, right, y));
    const centre = row.figure.value ?? null;
    if (centre !== null) {
      parts.push(
        `<line x1="${x(centre).toFixed(1)}" x2="${x(centre).toFixed(1)}" y1="${y - 8}" y2="${y + 8}" stroke="#1e3a8a" stroke-width="2"/>`,
      );
    }
  } else {
    parts.push(
      `<line x1="${left.toFixed(1)}" x2="${right.toFixed(1)}" y1="${y}" y2="${y}" stroke="#1f2937" stroke-width="3"/>`,
    );
  }
  if (interval.low === null) parts.push(arrow(left, y, -1));
  else if (!row.figure.approximate) parts.push(circle(left, y, interval.lowInclusive));
  if (interval.high === null) parts.push(arrow(right, y, 1));
  else if (!row.figure.approximate && interval.high !== interval.low) {
    parts.push(circle(right, y, interval.highInclusive));
  }
  return `<g>${parts.join('')}</g>`;
}

/**
 * Draws each source's figure as an interval on one shared number line, as an inline SVG (no
 * script, no external reference): a closed end is a filled circle, an open end a hollow one,
 * an unbounded side an arrow to the edge, an approximate figure a soft band (its width is the
 * parser's or the default convention, not a fact) with a tick at the stated number. `overlap`,
 * when given, is shaded behind the rows: the values all figures allow.
 */
export function intervalChart(rows: readonly ChartRow[], overlap?: Interval, title = ''): string {
  const intervals = rows.map((row) => intervalOf(row.figure));
  const [low, high] = domainOf(overlap ? [...intervals, overlap] : intervals);
  const x = (v: number) => LABEL + ((v - low) / (high - low)) * (WIDTH - PAD - LABEL);
  const height = PAD + rows.length * ROW + AXIS;
  const axisY = PAD + rows.length * ROW + 6;
  const parts: string[] = [];
  if (overlap) {
    const x1 = overlap.low === null ? LABEL : x(overlap.low);
    const x2 = overlap.high === null ? WIDTH - PAD : x(overlap.high);
    parts.push(
      `<rect x="${x1.toFixed(1)}" y="${PAD - 6}" width="${Math.max(2, x2 - x1).toFixed(1)}" height="${rows.length * ROW + 12}" fill="#16a34a" fill-opacity="0.12"/>`,
    );
  }
  parts.push(
    `<line x1="${LABEL}" x2="${WIDTH - PAD}" y1="${axisY}" y2="${axisY}" stroke="#6b7280"/>`,
  );
  for (const tick of niceTicks(low, high)) {
    const tx = x(tick).toFixed(1);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 5}" stroke="#6b7280"/>`,
      `<text x="${tx}" y="${axisY + 18}" text-anchor="middle" font-size="11" fill="#374151">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  rows.forEach((row, index) => parts.push(rowSvg(row, index, x)));
  const label = escapeHtml(title || 'Figures reported by each source on one number line');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${label}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif"><title>${label}</title>${parts.join('')}</svg>`;
}
