import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  CSV_COLUMNS,
  csvField,
  csvRow,
  exportCsv,
  guardFormula,
} from '../../../core/io/csv';
import { createProject } from '../../../core/model/project';
import { NOW } from './fixtures';
import { parseCsv } from './csv-reader';
import { richProject, richSources } from './w3c-fixtures';

const csv = exportCsv(richProject(), richSources());
const [header, ...rows] = parseCsv(csv.slice(1));
const cell = (claimId: string, column: (typeof CSV_COLUMNS)[number]) =>
  rows.find((r) => r[0] === claimId)?.[CSV_COLUMNS.indexOf(column)];

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, uses CRLF and has one row per claim under the header', () => {
    expect(csv.split('\r\n')[1]).toMatch(/^"c1","a","Article A","at least 143",.*,143,,"\[\)",/);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(richProject().claims.map((c) => c.id));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it.each([
    ['c1', 'quote', 'at least 143'],
    ['c1', 'low', '143'],
    ['c1', 'high', ''],
    ['c1', 'inclusivity', '[)'],
    ['c1', 'approximate', 'no'],
    ['c1', 'attributed to', 'officials'],
    ['c1', 'credibility', '2'],
    ['c2', 'inclusivity', '()'],
    ['c5', 'low', '139'],
    ['c5', 'high', '145'],
    ['c5', 'inclusivity', '[]'],
    ['c5', 'attributed to', "'-others"],
    ['c5', 'source', 'Café "Zeitung", Köln'],
    ['c5', 'source reliability', 'C'],
    ['c6', 'quote', "'=HYPERLINK(1)"],
    ['c6', 'event', "'@event"],
    ['c6', 'value', 'March 2024'],
    ['c6', 'low', ''],
    ['c8', 'low', ''],
    ['c8', 'high', '100'],
    ['c8', 'inclusivity', '()'],
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', 'approximate', 'yes'],
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', 'value', 'about 135-165'],
    ['c3', 'type', 'attribution'],
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', 'tags', 'toll; needs, check; =SUM(A1)'],
    [
      '0F8FAD5B-D9CB-469F-A165-70867728950E',
      'note',
      'Line one\nline "two", with <script>alert(1)</script>',
    ],
  ])('%s %s = %j', (claimId, column, expected) => {
    expect(cell(claimId, column as (typeof CSV_COLUMNS)[number])).toBe(expected);
  });

  it('fills group and verdict from the comparison', () => {
    expect(cell('c7', 'group id')).toBe(cell('c1', 'group id'));
    expect(cell('c7', 'verdict')).toMatch(/^(agree|compatible|conflict)$/);
    expect(cell('c2', 'verdict')).toBe('compatible');
    expect(cell('c3', 'verdict')).toBe('single');
    expect(cell('c5', 'revision')).toBe('changed');
  });

  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['139', '"139"'],
    ['=1+2', `"'=1+2"`],
    ['+31 6', `"'+31 6"`],
    ['-5 dead', `"'-5 dead"`],
    ['@SUM', `"'@SUM"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['Łódź, café', '"Łódź, café"'],
    ['', '""'],
  ])('text field %j is written %j', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it.each([
    [-5, '-5'],
    [143, '143'],
    [1.5, '1.5'],
    [null, ''],
    [Number.NaN, ''],
  ])('number %j is written %j, never guarded', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('guards only the dangerous first characters', () => {
    expect(['=', '+', '-', '@', '\t', '\r'].map((c) => guardFormula(`${c}x`)[0])).toEqual(
      Array(6).fill("'"),
    );
    expect(guardFormula('x=1')).toBe('x=1');
    expect(csvRow(['a', 1, null])).toBe('"a",1,');
  });

  it("keeps the project's source metadata when a loaded file carries none", () => {
    const bare = richSources().map((s) => ({ ...s, metadata: { ...s.metadata, title: 'x' } }));
    delete bare[2]!.metadata.reliability;
    const [, ...again] = parseCsv(exportCsv(richProject(), bare).slice(1));
    const c5 = again.find((r) => r[0] === 'c5')!;
    expect(c5[CSV_COLUMNS.indexOf('source')]).toBe('Café "Zeitung", Köln');
    expect(c5[CSV_COLUMNS.indexOf('source reliability')]).toBe('C');
  });

  it('an empty project exports the header only', () => {
    expect(exportCsv(createProject({ id: 'e', name: 'E', now: NOW }))).toBe(
      `${CSV_BOM}${CSV_COLUMNS.map((c) => `"${c}"`).join(',')}\r\n`,
    );
  });
});
