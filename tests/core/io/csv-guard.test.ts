import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, guardFormula } from '../../../core/io/csv';
import { parseCsv } from './csv-reader';
import { sampleProject } from './fixtures';

describe('CSV formula guard', () => {
  it.each([
    // The signs themselves, first in the cell.
    ['=SUM(A1:A9)', true],
    ['+44 20 7946 0000', true],
    ['-12 in the second count', true],
    ['@lookup', true],
    ['\tindented', true],
    ['\rreturn first', true],
    // The signs after leading white space or a line break.
    [' =1+1', true],
    ['   +1', true],
    ['\n=cmd|calc', true],
    ['\r\n@ping', true],
    ['\t\n -1', true],
    ['\u00a0=1', true],
    ['\u3000=1', true],
    ['\u200b=1', true],
    ['\ufeff=1', true],
    // Full-width and small forms of the signs, alone or after white space.
    ['\uff1dSUM(1)', true],
    ['\uff0b1', true],
    ['\uff0d1', true],
    ['\uff20name', true],
    ['\ufe66x', true],
    ['\ufe62x', true],
    ['\ufe63x', true],
    ['\ufe6bx', true],
    ['  \uff1d1', true],
    ['\n\uff20x', true],
    // Text a spreadsheet shows as it is.
    ['plain words', false],
    ['x = 1', false],
    ['the toll rose to 150\n=and more', false],
    ['\nsecond line first', false],
    ['   ', false],
    ['', false],
    ['\u2212 minus sign', false],
    ['"quoted"', false],
    ["'already text", false],
  ])('%j is guarded: %s', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded ? `'${text}` : text);
  });

  it('guards the cells of an export, whichever column they are in', () => {
    const project = sampleProject();
    project.claims[0]!.note = '\n=HYPERLINK("x")';
    project.claims[1]!.event = ' +1 attack';
    project.claims[2]!.attributedTo = '\uff1dofficials';
    const [, ...rows] = parseCsv(exportCsv(project).slice(1));
    const at = (row: number, column: (typeof CSV_COLUMNS)[number]) =>
      rows[row]![CSV_COLUMNS.indexOf(column)];
    expect([at(0, 'note'), at(1, 'event'), at(2, 'attributed to')]).toEqual([
      '\'\n=HYPERLINK("x")',
      "' +1 attack",
      "'\uff1dofficials",
    ]);
  });
});
