import { describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare';
import type { CSV_COLUMNS } from '../../../core/io/csv';
import { exportCsv } from '../../../core/io/csv';
import { buildExport } from '../../../core/io/export-json';
import { buildW3c } from '../../../core/io/w3c';
import { renderReport } from '../../../core/report';
import { parseCsv } from './csv-reader';
import { yearlessProject } from './date-fixtures';
import { NOW } from './fixtures';

// A yearless day ("9 October") and its month ("October") in two reports: every output says
// so in words, and the exports carry the dates typed, never as a raw "--10-09".
const project = yearlessProject();
const RAW = /--\d\d/;

/** Every "value" string in a JSON tree. */
function readerTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(readerTexts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'value' && typeof value === 'string' ? [value] : readerTexts(value),
  );
}

describe('dates in every output', () => {
  it('groups the two dates as compatible, overlapping on the day', () => {
    const [group] = deriveGroups(project).groups;
    expect(group?.verdict).toBe('compatible');
    expect(group?.explanation).toContain('overlap 9 October (no year)');
    expect(group?.explanation).not.toMatch(RAW);
  });

  it('CSV: the value in words, the date typed as ISO 8601 with its precision, nothing guarded', () => {
    const [header, ...rows] = parseCsv(exportCsv(project).slice(1));
    const column = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
    expect(
      rows.map((row) => [row[column('value')], row[column('date')], row[column('date precision')]]),
    ).toEqual([
      ['9 October (no year)', 'XXXX-10-09', 'yearless'],
      ['October (no year)', 'XXXX-10', 'yearless'],
    ]);
    expect(rows.flat().some((cell) => cell.startsWith("'"))).toBe(false);
  });

  it('JSON: each date claim and the group carry typed dates; the overlap reads in words', () => {
    const doc = buildExport(project, NOW);
    expect(doc.claims.map((claim) => claim.date)).toEqual([
      { iso: 'XXXX-10-09', precision: 'yearless', text: '9 October (no year)' },
      { iso: 'XXXX-10', precision: 'yearless', text: 'October (no year)' },
    ]);
    expect(doc.groups?.[0]).toMatchObject({
      overlap: '9 October (no year)',
      overlapDate: { iso: 'XXXX-10-09', precision: 'yearless' },
    });
  });

  it.each([
    // The text a reader sees in W3C: every body's "value" (the round-trip "corroborate:value"
    // keeps the stored form for re-import).
    ['W3C', () => readerTexts(buildW3c(project, [], NOW)).join('\n')],
    ['report', () => renderReport(project, [], NOW)],
  ])('%s: no raw date fragment, the overlap in words', (_name, render) => {
    const out = render();
    expect(out).not.toMatch(RAW);
    expect(out).toContain('9 October (no year)');
  });

  it('report: a date group says what all dates allow', () => {
    expect(renderReport(project, [], NOW)).toContain('All dates allow</span> 9 October (no year)');
  });
});
