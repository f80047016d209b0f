import type { Figure } from '../quantity/figure';
import { CHART, chartGeometry, clipLabel, type EndMark, type RowGeometry } from './chart-geometry';
import { escapeHtml } from './html';

/** One row of the chart: whose figure it is, and the figure. */
export interface ChartRow {
  label: string;
  figure: Figure;
}

/** Width of the report's chart: the report's column at print size. */
export const REPORT_CHART_WIDTH = 680;
/** Average width of a 12 px label character, to clip a label before the plot's right edge. */
const LABEL_CHAR = 6.6;
const INK = '#1f2937';

const n = (value: number) => value.toFixed(1);

function arrow(end: EndMark, y: number, side: 'low' | 'high'): string {
  const back = side === 'high' ? end.x - CHART.arrow : end.x + CHART.arrow;
  const h = CHART.arrow * 0.6;
  return `<polygon points="${n(end.x)},${y} ${n(back)},${y - h} ${n(back)},${y + h}" fill="${INK}"/>`;
}

function endMark(end: EndMark, y: number, side: 'low' | 'high'): string {
  if (end.kind === 'arrow') return arrow(end, y, side);
  if (end.kind === 'soft') return '';
  const fill = end.kind === 'closed' ? INK : '#ffffff';
  return `<circle cx="${n(end.x)}" cy="${y}" r="${CHART.radius}" fill="${fill}" stroke="${INK}" stroke-width="2"/>`;
}

/** Approximate figures: three stacked translucent bands, narrowest darkest, so edges look soft. */
function fuzzyBand(row: RowGeometry): string {
  const width = Math.max(2, row.x2 - row.x1);
  const bands = [0.18, 0.28, 0.4].map((opacity, i) => {
    const inset = (width * i) / 8;
    const height = 14 - i * 3;
    return `<rect x="${n(row.x1 + inset)}" y="${row.y - height / 2}" width="${n(width - 2 * inset)}" height="${height}" rx="${height / 2}" fill="#2563eb" fill-opacity="${opacity}"/>`;
  });
  const value =
    row.valueX === undefined
      ? ''
      : `<line x1="${n(row.valueX)}" x2="${n(row.valueX)}" y1="${row.y - 8}" y2="${row.y + 8}" stroke="#1e3a8a" stroke-width="2"/>`;
  const arrows = [
    row.low.kind === 'arrow' ? arrow(row.low, row.y, 'low') : '',
    row.high.kind === 'arrow' ? arrow(row.high, row.y, 'high') : '',
  ];
  return [...bands, value, ...arrows].join('');
}

function shapeSvg(row: RowGeometry): string {
  if (row.shape === 'point') {
    return `<circle cx="${n(row.x1)}" cy="${row.y}" r="${CHART.radius + 0.5}" fill="${INK}"/>`;
  }
  if (row.shape === 'band') return fuzzyBand(row);
  return `<line x1="${n(row.x1)}" x2="${n(row.x2)}" y1="${row.y}" y2="${row.y}" stroke="${INK}" stroke-width="3"/>${endMark(row.low, row.y, 'low')}${endMark(row.high, row.y, 'high')}`;
}

/**
 * Draws each source's figure as an interval on one shared number line, as an inline SVG (no
 * script, no external reference), from the same geometry as the Compare bar's chart: a closed
 * end is a filled circle, an open end a hollow one, an unbounded side an arrow past every stated
 * number, an approximate figure a soft band (its width is the parser's or the default
 * convention, not a fact) with a tick at the stated number, and the values all figures allow
 * shaded behind the rows. Each label sits above its bar across the whole width, so a long
 * source title is never cut at the left edge (it is clipped with an ellipsis at the right, the
 * full text in the row's tooltip). `title` names the chart for screen readers.
 */
export function intervalChart(rows: readonly ChartRow[], title = ''): string {
  const geometry = chartGeometry(
    rows.map((row) => row.figure),
    REPORT_CHART_WIDTH,
  );
  const { left, right } = geometry.plot;
  const maxChars = Math.floor((right - left) / LABEL_CHAR);
  const parts: string[] = [];
  const overlap = geometry.overlap;
  if (overlap) {
    parts.push(
      `<rect x="${n(overlap.x1)}" y="${overlap.y1}" width="${n(overlap.x2 - overlap.x1)}" height="${overlap.y2 - overlap.y1}" fill="#16a34a" fill-opacity="0.14"/>`,
    );
  }
  parts.push(
    `<line x1="${left}" x2="${right}" y1="${geometry.axisY}" y2="${geometry.axisY}" stroke="#6b7280"/>`,
  );
  for (const tick of geometry.ticks) {
    parts.push(
      `<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${geometry.axisY}" y2="${geometry.axisY + 5}" stroke="#6b7280"/>`,
      `<text x="${n(tick.x)}" y="${geometry.axisY + 17}" text-anchor="middle" font-size="11" fill="#374151">${escapeHtml(tick.label)}</text>`,
    );
  }
  geometry.rows.forEach((row, index) => {
    const label = `${rows[index]?.label ?? ''} · ${row.text}`;
    parts.push(
      `<g><title>${escapeHtml(label)}</title><text x="${left}" y="${row.labelY}" font-size="12">${escapeHtml(clipLabel(label, maxChars))}</text>${shapeSvg(row)}</g>`,
    );
  });
  const name = escapeHtml(title || 'Figures reported by each source on one number line');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${name}" width="${geometry.width}" height="${geometry.height}" viewBox="0 0 ${geometry.width} ${geometry.height}" font-family="system-ui, sans-serif"><title>${name}</title>${parts.join('')}</svg>`;
}
