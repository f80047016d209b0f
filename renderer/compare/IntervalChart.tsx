import { useId, useMemo } from 'react';
import { describeInterval } from '../../core/compare/figures';
import type { Figure } from '../../core/quantity/figure';
import { dateLabel } from '../components/format';
import {
  CHART,
  chartGeometry,
  clipLabel,
  orderByPublished,
  type EndMark,
  type RowGeometry,
} from '../../core/report/chart-geometry';

/** One source's figure on the chart. */
export interface IntervalChartRow {
  /** Who reports it, usually the source title. */
  label: string;
  /** ISO publication date (possibly partial); rows are ordered by it, undated last. */
  published?: string | null;
  figure: Figure;
  /** The source's words, shown as the row's tooltip. */
  quote: string;
}

export interface IntervalChartProps {
  rows: readonly IntervalChartRow[];
  /** Width in pixels of the drawing; the CSS lets it shrink to its container. */
  width?: number;
}

function Arrow({ end, y, side }: { end: EndMark; y: number; side: 'low' | 'high' }) {
  const a = CHART.arrow;
  const h = a * 0.6;
  const tip = end.x;
  const back = side === 'high' ? tip - a : tip + a;
  return (
    <path
      className="chart-arrow"
      data-end={side}
      d={`M${tip},${y} L${back},${y - h} L${back},${y + h} Z`}
      fill="currentColor"
    />
  );
}

function EndCircle({ end, y, side }: { end: EndMark; y: number; side: 'low' | 'high' }) {
  const closed = end.kind === 'closed';
  return (
    <circle
      className={closed ? 'chart-end chart-end-closed' : 'chart-end chart-end-open'}
      data-end={side}
      data-kind={end.kind}
      cx={end.x}
      cy={y}
      r={CHART.radius}
      fill={closed ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.75}
    />
  );
}

function EndMarkView({ end, y, side }: { end: EndMark; y: number; side: 'low' | 'high' }) {
  if (end.kind === 'arrow') return <Arrow end={end} y={y} side={side} />;
  if (end.kind === 'closed' || end.kind === 'open')
    return <EndCircle end={end} y={y} side={side} />;
  return null;
}

function RowShape({ row, gradientId }: { row: RowGeometry; gradientId: string }) {
  if (row.shape === 'point') {
    return (
      <circle
        className="chart-point"
        data-kind="point"
        cx={row.x1}
        cy={row.y}
        r={CHART.radius + 0.5}
        fill="currentColor"
      />
    );
  }
  if (row.shape === 'band') {
    const h = 12;
    return (
      <g className="chart-band-group">
        <rect
          className="chart-band"
          data-kind="band"
          x={row.x1}
          y={row.y - h / 2}
          width={Math.max(1, row.x2 - row.x1)}
          height={h}
          rx={h / 2}
          fill={`url(#${gradientId})`}
        />
        {row.low.kind === 'arrow' ? <Arrow end={row.low} y={row.y} side="low" /> : null}
        {row.high.kind === 'arrow' ? <Arrow end={row.high} y={row.y} side="high" /> : null}
        {row.valueX !== undefined ? (
          <line
            className="chart-value"
            x1={row.valueX}
            x2={row.valueX}
            y1={row.y - h / 2 - 2}
            y2={row.y + h / 2 + 2}
            stroke="currentColor"
            strokeWidth={1.5}
          />
        ) : null}
      </g>
    );
  }
  return (
    <g className="chart-segment-group">
      <line
        className="chart-segment"
        x1={row.x1}
        x2={row.x2}
        y1={row.y}
        y2={row.y}
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="butt"
      />
      <EndMarkView end={row.low} y={row.y} side="low" />
      <EndMarkView end={row.high} y={row.y} side="high" />
    </g>
  );
}

/**
 * Every source's figure as an interval on one shared number line: filled circles for included
 * bounds, hollow for excluded ones, arrows for unbounded sides, soft bands for approximate
 * figures, dots for exact values, and the values all of them allow shaded across the rows.
 * Drawn with SVG presentation attributes and classes only (the CSP forbids style attributes).
 */
export function IntervalChart({ rows, width = CHART.width }: IntervalChartProps) {
  const rawId = useId();
  const id = `chart${rawId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const ordered = useMemo(() => orderByPublished(rows), [rows]);
  const geometry = useMemo(
    () =>
      chartGeometry(
        ordered.map((row) => row.figure),
        width,
      ),
    [ordered, width],
  );
  if (ordered.length === 0) return null;
  const maxChars = Math.floor((geometry.plot.right - geometry.plot.left) / 6.4);
  const description = ordered
    .map((row, index) => `${row.label}: ${geometry.rows[index]?.text ?? ''}`)
    .concat(geometry.overlap ? [geometry.overlap.label] : ['no value all of them allow'])
    .join('; ');

  return (
    <figure className="interval-chart" data-testid="interval-chart">
      <svg
        className="interval-chart-svg"
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Reported figures on one number line</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <linearGradient id={`${id}-band`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor="currentColor" stopOpacity={0} />
            <stop offset="0.18" stopColor="currentColor" stopOpacity={0.45} />
            <stop offset="0.82" stopColor="currentColor" stopOpacity={0.45} />
            <stop offset="1" stopColor="currentColor" stopOpacity={0} />
          </linearGradient>
        </defs>
        {geometry.overlap ? (
          <rect
            className="chart-overlap"
            data-testid="chart-overlap"
            x={geometry.overlap.x1}
            y={geometry.overlap.y1}
            width={geometry.overlap.x2 - geometry.overlap.x1}
            height={geometry.overlap.y2 - geometry.overlap.y1}
            fill="currentColor"
            opacity={0.16}
          />
        ) : null}
        {geometry.rows.map((row, index) => {
          const source = ordered[index] as IntervalChartRow;
          const label = `${source.label}${source.published ? `, ${dateLabel(source.published)}` : ''} · ${row.text}`;
          return (
            <g
              key={index}
              className={`chart-row chart-row-${row.shape}`}
              data-row={index}
              data-label={source.label}
            >
              <title>{`${label}\n“${source.quote}”`}</title>
              <line
                className="chart-row-guide"
                x1={geometry.plot.left}
                x2={geometry.plot.right}
                y1={row.y}
                y2={row.y}
                stroke="currentColor"
                strokeOpacity={0.15}
                strokeWidth={1}
              />
              <text
                className="chart-label"
                x={geometry.plot.left}
                y={row.labelY}
                fill="currentColor"
              >
                {clipLabel(label, maxChars)}
              </text>
              <RowShape row={row} gradientId={`${id}-band`} />
            </g>
          );
        })}
        <g className="chart-axis">
          <line
            x1={geometry.plot.left}
            x2={geometry.plot.right}
            y1={geometry.axisY}
            y2={geometry.axisY}
            stroke="currentColor"
            strokeWidth={1}
          />
          {geometry.ticks.map((tick) => (
            <g key={tick.value} className="chart-tick">
              <line
                x1={tick.x}
                x2={tick.x}
                y1={geometry.axisY}
                y2={geometry.axisY + 4}
                stroke="currentColor"
                strokeWidth={1}
              />
              <text x={tick.x} y={geometry.axisY + 16} textAnchor="middle" fill="currentColor">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="interval-chart-caption">
        {geometry.overlap
          ? `Shaded: the values all of them allow (${describeInterval(geometry.overlap.interval)}).`
          : ordered.length > 1
            ? 'No value is allowed by all of them.'
            : null}
        {ordered.some((row) => row.figure.approximate)
          ? ' Approximate figures are drawn as a band whose width is a convention.'
          : null}
      </figcaption>
    </figure>
  );
}
