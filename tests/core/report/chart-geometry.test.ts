import { describe, expect, it } from 'vitest';
import {
  CHART,
  chartGeometry,
  orderByPublished,
  type EndKind,
} from '../../../core/report/chart-geometry';
import { chartDomain, niceStep } from '../../../core/report/chart-scale';
import type { Figure } from '../../../core/quantity/figure';
import { F } from '../compare/helpers';

const ends = (figures: Figure[]) =>
  chartGeometry(figures).rows.map((row) => [row.shape, row.low.kind, row.high.kind]);

describe('chartGeometry: how each figure is drawn', () => {
  it.each<[string, Figure, [string, EndKind, EndKind]]>([
    ['bounded range 70-90', F.between(70, 90), ['segment', 'closed', 'closed']],
    ['exact 143 (a dot)', F.exact(143), ['point', 'closed', 'closed']],
    ['at least 143', F.atLeast(143), ['segment', 'closed', 'arrow']],
    ['more than 130', F.moreThan(130), ['segment', 'open', 'arrow']],
    ['up to 40', F.upTo(40), ['segment', 'arrow', 'closed']],
    ['fewer than 300', F.fewerThan(300), ['segment', 'arrow', 'open']],
    ['about 80 (a band)', F.about(80), ['band', 'soft', 'soft']],
    ['any number', F.any(), ['segment', 'arrow', 'arrow']],
  ])('%s', (_, figure, expected) => {
    expect(ends([figure])).toEqual([expected]);
  });

  it('sends unbounded sides to the plot edge and keeps bounds inside it', () => {
    const g = chartGeometry([F.atLeast(143), F.upTo(40)], 400);
    const [atLeast, upTo] = g.rows;
    expect(atLeast?.high.x).toBe(g.plot.right);
    expect(upTo?.low.x).toBe(g.plot.left);
    expect(atLeast?.low.x).toBeGreaterThan(g.plot.left);
    expect(upTo?.high.x).toBeLessThan(g.plot.right);
    // The line stops where the arrow head begins.
    expect(atLeast?.x2).toBe(g.plot.right - CHART.arrow);
  });

  it('stops a line short of a hollow circle so the circle reads as open', () => {
    const [row] = chartGeometry([F.moreThan(130)]).rows;
    expect(row?.x1).toBeCloseTo((row?.low.x ?? 0) + CHART.radius);
    const [closed] = chartGeometry([F.atLeast(130)]).rows;
    expect(closed?.x1).toBe(closed?.low.x);
  });

  it('marks the stated value inside an approximate band', () => {
    const g = chartGeometry([F.about(80)]);
    const row = g.rows[0];
    expect(row?.valueX).toBeGreaterThan(row?.x1 ?? 0);
    expect(row?.valueX).toBeLessThan(row?.x2 ?? 0);
    expect(row?.text).toBe('≈ 72-88');
  });

  it('places rows one under the other', () => {
    const g = chartGeometry([F.exact(1), F.exact(2), F.exact(3)]);
    expect(g.rows.map((row) => row.y)).toEqual(
      [0, 1, 2].map((i) => CHART.top + i * CHART.rowHeight + CHART.barDy),
    );
    expect(g.axisY).toBeGreaterThan(g.rows[2]?.y ?? 0);
    expect(g.height).toBeGreaterThan(g.axisY);
  });
});

describe('chartGeometry: the shared overlap', () => {
  it.each<[string, Figure[], string | null]>([
    ['at least 143 and more than 130', [F.atLeast(143), F.moreThan(130)], 'overlap >= 143'],
    ['ranges that cross', [F.between(70, 90), F.between(80, 100)], 'overlap 80-90'],
    ['an approximate band and an exact value inside it', [F.about(80), F.exact(85)], 'overlap 85'],
    ['disjoint exact values', [F.exact(180), F.exact(107)], null],
    ['more than 130 and up to 130', [F.moreThan(130), F.upTo(130)], null],
    ['one row only', [F.atLeast(143)], null],
    ['all unbounded', [F.any(), F.any()], 'overlap any number'],
  ])('%s', (_, figures, label) => {
    expect(chartGeometry(figures).overlap?.label ?? null).toBe(label);
  });

  it('spans every row and runs to the edge on an unbounded side', () => {
    const g = chartGeometry([F.atLeast(143), F.moreThan(130)]);
    expect(g.overlap?.x1).toBeCloseTo(g.rows[0]?.low.x ?? NaN);
    expect(g.overlap?.x2).toBe(g.plot.right);
    expect(g.overlap?.y1).toBe(CHART.top);
    expect(g.overlap?.y2).toBe(CHART.top + 2 * CHART.rowHeight);
  });

  it('keeps a single shared value visible', () => {
    const g = chartGeometry([F.atLeast(143), F.upTo(143)]);
    expect(g.overlap?.label).toBe('overlap 143');
    expect((g.overlap?.x2 ?? 0) - (g.overlap?.x1 ?? 0)).toBe(CHART.minOverlap);
  });
});

describe('chartGeometry: an overlap open to one side is a band, never a sliver', () => {
  // The report once shaded ">= 143" over 44 of 456 px: the unbounded side now gets its room.
  it.each<[string, Figure[], number]>([
    ['at least 143 and more than 130', [F.atLeast(143), F.moreThan(130)], 0.2],
    ['up to 40 and fewer than 50', [F.upTo(40), F.fewerThan(50)], 0.2],
    [
      'at least 169, more than 160 and at least 150',
      [F.atLeast(169), F.moreThan(160), F.atLeast(150)],
      0.2,
    ],
    ['at least 1,000 and more than 12', [F.atLeast(1000), F.moreThan(12)], 0.2],
  ])('%s: the shading covers at least %s of the plot', (_, figures, share) => {
    for (const width of [520, 680]) {
      const g = chartGeometry(figures, width);
      const plot = g.plot.right - g.plot.left;
      expect(((g.overlap?.x2 ?? 0) - (g.overlap?.x1 ?? 0)) / plot).toBeGreaterThanOrEqual(share);
    }
  });

  it('draws a shared single value at least the minimum width, inside the plot', () => {
    const g = chartGeometry([F.exact(143), F.atLeast(143)], 680);
    expect((g.overlap?.x2 ?? 0) - (g.overlap?.x1 ?? 0)).toBeGreaterThanOrEqual(CHART.minOverlap);
    expect(g.overlap?.x1).toBeGreaterThanOrEqual(g.plot.left - CHART.minOverlap / 2);
  });
});

describe('chartDomain: nice ticks with room around the data', () => {
  const iv = (figure: Figure) => ({
    low: figure.low,
    high: figure.high,
    lowInclusive: figure.lowInclusive,
    highInclusive: figure.highInclusive,
  });

  it.each<[string, Figure[], [number, number], number[]]>([
    ['bounded 70-90', [F.between(70, 90)], [65, 95], [65, 70, 75, 80, 85, 90, 95]],
    ['single point 143', [F.exact(143)], [125, 160], [125, 130, 135, 140, 145, 150, 155, 160]],
    [
      'unbounded high',
      [F.atLeast(143), F.moreThan(130)],
      [125, 150],
      [125, 130, 135, 140, 145, 150],
    ],
    ['unbounded low', [F.upTo(40)], [32, 44], [32, 34, 36, 38, 40, 42, 44]],
    ['counts never go negative', [F.between(0, 10)], [0, 11], [0, 2, 4, 6, 8, 10, 12]],
    ['all unbounded', [F.any()], [0, 1], []],
  ])('%s', (_, figures, domain, ticks) => {
    const result = chartDomain(figures.map(iv));
    expect(result.ticks).toEqual(ticks);
    expect(result.domain[0]).toBe(ticks[0] ?? domain[0]);
    expect(result.domain[1]).toBe(ticks[ticks.length - 1] ?? domain[1]);
  });

  it('leaves room past the last number on an unbounded side', () => {
    const { domain } = chartDomain([iv(F.atLeast(100)), iv(F.exact(100))]);
    expect(domain[1]).toBeGreaterThan(100);
  });

  it.each([
    [10, 2],
    [100, 20],
    [7, 1],
    [0.3, 0.05],
    [25_000, 5000],
  ])('niceStep(%d) is %d', (span, step) => {
    expect(niceStep(span)).toBeCloseTo(step);
  });
});

describe('orderByPublished', () => {
  it('puts older reports first and undated ones last, keeping ties in order', () => {
    const rows = [
      { id: 'a', published: null },
      { id: 'b', published: '2024-06-30' },
      { id: 'c', published: '2024-03-24' },
      { id: 'd' },
      { id: 'e', published: '2024-03-24' },
    ];
    expect(orderByPublished(rows).map((row) => row.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
