import { expect } from 'vitest';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i += 1;
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      expect(text[i], `bare ${JSON.stringify(text[i])} at ${i}`).not.toMatch(/[\r\n"]/);
      field += text[i++];
    }
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return rows;
}
