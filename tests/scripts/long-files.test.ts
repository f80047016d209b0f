import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWLIST_PATH,
  checkLongFiles,
  lineCount,
  parseAllowlist,
  type Allowlist,
} from '../../scripts/long-files';

const allowlist: Allowlist = { limit: 300, files: { 'core/big.ts': 'kept whole on purpose' } };

describe('the file-length check', () => {
  it.each([
    ['', 0],
    ['one line', 1],
    ['one line\n', 1],
    ['two\nlines', 2],
    ['two\nlines\n', 2],
    ['\n\n\n', 3],
  ])('counts %j as %i lines', (text, lines) => {
    expect(lineCount(text)).toBe(lines);
  });

  const listedLong = { path: 'core/big.ts', lines: 900 };
  it.each([
    ['a short file passes', [{ path: 'core/small.ts', lines: 120 }, listedLong], [], []],
    ['exactly the limit passes', [{ path: 'core/small.ts', lines: 300 }, listedLong], [], []],
    [
      'a long file not listed fails',
      [{ path: 'core/other.ts', lines: 301 }, listedLong],
      ['core/other.ts: 301 lines (limit 300): split it, or list it with a reason'],
      [],
    ],
    [
      'a listed file that got short is a notice, not a failure',
      [{ path: 'core/big.ts', lines: 200 }],
      [],
      ['core/big.ts: 200 lines now, remove it from .ci/long-files.json'],
    ],
    [
      'a listed file that is gone is a notice',
      [{ path: 'core/small.ts', lines: 10 }],
      [],
      ['core/big.ts: no such source file, remove it from .ci/long-files.json'],
    ],
  ])('%s', (_name, files, failures, notices) => {
    expect(checkLongFiles(files, allowlist)).toEqual({ failures, notices });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    [42, 'not text'],
  ])('a listed long file whose reason is %j (%s) fails', (reason: unknown, _why: string) => {
    const { failures } = checkLongFiles([{ path: 'core/big.ts', lines: 400 }], {
      limit: 300,
      files: { 'core/big.ts': reason },
    });
    expect(failures).toEqual([
      'core/big.ts: 400 lines, listed without a reason in .ci/long-files.json',
    ]);
  });

  it.each([
    ['[]', '"limit" must be a positive whole number of lines'],
    ['{"limit": 0, "files": {}}', '"limit" must be a positive whole number of lines'],
    ['{"limit": 300, "files": []}', '"files" must map each path to its reason'],
    ['null', 'expected an object'],
  ])('refuses the allowlist %s', (text, message) => {
    expect(() => parseAllowlist(text)).toThrow(message);
  });

  it("the project's allowlist gives every entry a reason", () => {
    const { files } = parseAllowlist(readFileSync(ALLOWLIST_PATH, 'utf8'));
    for (const [path, reason] of Object.entries(files)) {
      expect(typeof reason === 'string' && reason.trim().length > 10, path).toBe(true);
    }
  });
});
