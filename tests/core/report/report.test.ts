import { describe, expect, it } from 'vitest';
import { createProject } from '../../../core/model/project';
import type { Figure } from '../../../core/quantity/figure';
import { escapeHtml, intervalChart, renderReport } from '../../../core/report/index';
import { CHART } from '../../../core/report/chart-geometry';
import { REPORT_CHART_WIDTH } from '../../../core/report/chart';
import { sampleProject } from '../io/fixtures';
import { richProject, richSources } from '../io/w3c-fixtures';

const NOW = '2024-05-01T00:00:00.000Z';
const html = renderReport(richProject(), richSources(), NOW);

const figure = (
  low: number | null,
  high: number | null,
  lowInclusive: boolean,
  highInclusive: boolean,
  approximate = false,
): Figure => ({ low, high, lowInclusive, highInclusive, approximate });

describe('discrepancy report', () => {
  it('is a self-contained HTML document with print styles and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=|<link|<img|<iframe|src=/i);
  });

  it('escapes text from sources and analysts everywhere', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Café &quot;Zeitung&quot;, Köln');
    const hostile = { ...richProject(), name: '<img src=x onerror=alert(1)>' };
    const out = renderReport(hostile, [], NOW);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows each flagged group with its verdict, explanation and quotes per source', () => {
    const sections = html.split('<section').slice(1);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('badge conflict');
    expect(sections[0]).toMatch(/cannot all be true/);
    expect(sections[0]).toContain('<mark>at least 143</mark>');
    expect(sections[0]).toContain('<mark>139</mark>');
    expect(sections[0]).toContain('reliability C (fairly reliable)');
    expect(sections[1]).toContain('badge compatible');
    expect(sections[1]).toContain('All figures allow</span> 520');
  });

  it('draws one chart row per figure', () => {
    const conflict = html.split('<section')[1]!;
    expect(conflict.match(/<g>/g)).toHaveLength(5);
  });

  it('says so when nothing is flagged', () => {
    expect(renderReport(sampleProject(), [], NOW)).toContain('No discrepancies');
    expect(renderReport(createProject({ id: 'e', name: 'E', now: NOW }), [], NOW)).toContain(
      '0 claims from 0 sources',
    );
  });
});

describe('interval chart', () => {
  const svgOf = (f: Figure) => intervalChart([{ label: 'x', figure: f }]);
  const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

  it.each([
    ['exact 143: one filled circle', figure(143, 143, true, true), 1, 0, 0, 0],
    ['[70, 90]: two filled circles', figure(70, 90, true, true), 2, 0, 0, 0],
    ['(130, inf): hollow circle and an arrow', figure(130, null, false, false), 0, 1, 1, 0],
    ['(-inf, 40]: arrow and filled circle', figure(null, 40, false, true), 1, 0, 1, 0],
    ['[0, 300): filled then hollow', figure(0, 300, true, false), 1, 1, 0, 0],
    ['about 80: a soft band, no circles', figure(72, 88, true, true, true), 0, 0, 0, 3],
  ])('%s', (_name, f, filled, hollow, arrows, bands) => {
    const svg = svgOf(f);
    expect(count(svg, /<circle[^>]*fill="#1f2937"/g)).toBe(filled);
    expect(count(svg, /<circle[^>]*fill="#ffffff"/g)).toBe(hollow);
    expect(count(svg, /<polygon/g)).toBe(arrows);
    expect(count(svg, /<rect[^>]*fill="#2563eb"/g)).toBe(bands);
  });

  it('escapes labels and shades the overlap', () => {
    const svg = intervalChart([
      { label: '<b>"x"</b>', figure: figure(1, 5, true, true) },
      { label: 'y', figure: figure(2, 3, true, true) },
    ]);
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(svg).toContain('fill="#16a34a"');
  });

  it('shades ">= 143" over a fifth of the plot or more, not a sliver at the edge', () => {
    const svg = intervalChart([
      { label: 'a', figure: figure(143, null, true, false) },
      { label: 'b', figure: figure(130, null, false, false) },
    ]);
    const width = Number(
      /<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*fill="#16a34a"/.exec(svg)?.[1],
    );
    expect(width / (REPORT_CHART_WIDTH - 2 * CHART.padX)).toBeGreaterThanOrEqual(0.2);
  });

  it('puts a long source title above its bar, whole in the tooltip, never cut at the left', () => {
    const long =
      'ISKP (2015-2024): propaganda, recruitment and the long road of counter-terrorism diplomacy in the region';
    const svg = intervalChart([
      { label: long, figure: figure(143, null, true, false) },
      { label: 'Short', figure: figure(130, null, false, false) },
    ]);
    const labels = [
      ...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="12">([^<]*)<\/text>/g),
    ];
    expect(labels.map((m) => Number(m[1]))).toEqual([CHART.padX, CHART.padX]);
    expect(labels[0]?.[2]).toMatch(/^ISKP \(2015-2024\): propaganda.*…$/);
    expect(labels[1]?.[2]).toBe('Short · &gt; 130');
    expect(svg).toContain(`<title>${escapeHtml(long)} · &gt;= 143</title>`);
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
