// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IntervalChart, type IntervalChartRow } from '../../../renderer/compare';
import { F } from './fixtures';

afterEach(cleanup);

const CROCUS: IntervalChartRow[] = [
  { label: '003 ISKP (2015-2024)', figure: F.moreThan(130), quote: 'more than 130 people' },
  {
    label: '000 Perspectives',
    published: '2024-03-24',
    figure: F.atLeast(143),
    quote: 'at least 143 people',
  },
];

function rowOf(container: HTMLElement, label: string): SVGGElement {
  const row = container.querySelector<SVGGElement>(`g.chart-row[data-label="${label}"]`);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('IntervalChart', () => {
  it('draws "at least 143" with a filled circle and "more than 130" with a hollow one', () => {
    const { container } = render(<IntervalChart rows={CROCUS} />);
    const atLeast = rowOf(container, '000 Perspectives').querySelector('circle[data-end="low"]');
    const moreThan = rowOf(container, '003 ISKP (2015-2024)').querySelector(
      'circle[data-end="low"]',
    );
    expect(atLeast?.getAttribute('fill')).toBe('currentColor');
    expect(atLeast?.getAttribute('data-kind')).toBe('closed');
    expect(moreThan?.getAttribute('fill')).toBe('none');
    expect(moreThan?.getAttribute('data-kind')).toBe('open');
    expect(moreThan?.getAttribute('stroke')).toBe('currentColor');
  });

  it('draws an arrow to the edge for the unbounded side, and no circle there', () => {
    const { container } = render(<IntervalChart rows={CROCUS} width={400} />);
    for (const label of ['000 Perspectives', '003 ISKP (2015-2024)']) {
      const row = rowOf(container, label);
      expect(row.querySelectorAll('path.chart-arrow[data-end="high"]')).toHaveLength(1);
      expect(row.querySelector('circle[data-end="high"]')).toBeNull();
      expect(row.querySelector('path.chart-arrow[data-end="low"]')).toBeNull();
    }
  });

  it('orders rows by publication date, undated last', () => {
    const { container } = render(<IntervalChart rows={CROCUS} />);
    const labels = [...container.querySelectorAll('g.chart-row')].map((g) =>
      g.getAttribute('data-label'),
    );
    expect(labels).toEqual(['000 Perspectives', '003 ISKP (2015-2024)']);
    expect(container.querySelector('g.chart-row text')?.textContent).toBe(
      '000 Perspectives, 24 March 2024 · >= 143',
    );
  });

  it('shades the overlap across the rows when the intervals meet, and not otherwise', () => {
    render(<IntervalChart rows={CROCUS} />);
    const overlap = screen.getByTestId('chart-overlap');
    expect(Number(overlap.getAttribute('height'))).toBeGreaterThan(0);
    expect(overlap.getAttribute('opacity')).toBe('0.16');
    expect(screen.getByText('Shaded: the values all of them allow (>= 143).')).toBeTruthy();
    cleanup();
    render(
      <IntervalChart
        rows={[
          { label: 'a', figure: F.exact(180), quote: '180 injured' },
          { label: 'b', figure: F.exact(107), quote: '107 injured' },
        ]}
      />,
    );
    expect(screen.queryByTestId('chart-overlap')).toBeNull();
    expect(screen.getByText('No value is allowed by all of them.')).toBeTruthy();
  });

  it('draws exact values as dots and approximate ones as soft bands', () => {
    const { container } = render(
      <IntervalChart
        rows={[
          { label: 'exact', figure: F.exact(85), quote: '85 injured' },
          { label: 'about', figure: F.about(80), quote: 'about 80 injured' },
        ]}
      />,
    );
    expect(rowOf(container, 'exact').querySelector('circle[data-kind="point"]')).toBeTruthy();
    const band = rowOf(container, 'about').querySelector('rect.chart-band');
    expect(band?.getAttribute('fill')).toMatch(/^url\(#.+-band\)$/);
    const gradientId = /^url\(#(.+)\)$/.exec(band?.getAttribute('fill') ?? '')?.[1] ?? '';
    expect(container.querySelector(`linearGradient[id="${gradientId}"]`)).toBeTruthy();
    expect(rowOf(container, 'about').querySelector('circle')).toBeNull();
  });

  it('uses no style attributes (the CSP forbids them) and describes itself in text', () => {
    const { container } = render(<IntervalChart rows={CROCUS} />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    const svg = screen.getByRole('img');
    expect(svg.querySelector('desc')?.textContent).toBe(
      '000 Perspectives: >= 143; 003 ISKP (2015-2024): > 130; overlap >= 143',
    );
  });

  it('labels axis ticks', () => {
    const { container } = render(<IntervalChart rows={CROCUS} />);
    const ticks = [...container.querySelectorAll('.chart-tick text')].map((t) => t.textContent);
    expect(ticks).toEqual(['125', '130', '135', '140', '145', '150']);
  });
});
