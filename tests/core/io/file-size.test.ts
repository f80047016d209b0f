import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../core/io/export-json';
import { fileSizeProblem, MAX_JSON_FILE_BYTES } from '../../../core/io/file-size';
import { parseProject, serializeProject } from '../../../core/io/project-file';
import { importW3c } from '../../../core/io/w3c-import';
import { sampleProject } from './fixtures';

const MB = 1024 * 1024;

describe('the size cap on project and export files', () => {
  it.each([
    [0, null],
    [MAX_JSON_FILE_BYTES, null],
    [
      MAX_JSON_FILE_BYTES + 1,
      'big.json is 64.0 MB; Corroborate reads project and export files up to 64.0 MB. It was not read, and it was not changed.',
    ],
    [
      104 * MB,
      'big.json is 104.0 MB; Corroborate reads project and export files up to 64.0 MB. It was not read, and it was not changed.',
    ],
  ])('a file of %i bytes: %j', (bytes, problem) => {
    expect(fileSizeProblem('big.json', bytes)).toBe(problem);
  });

  // A valid project padded with trailing white space past the cap: only its size is wrong.
  const oversized = serializeProject(sampleProject()) + ' '.repeat(MAX_JSON_FILE_BYTES);

  it.each([
    ['project', () => parseProject(oversized)],
    ['export', () => parseExport(oversized)],
    ['W3C annotation', () => importW3c(oversized)],
  ])('text already read is refused before parsing by the %s loader', (what, load) => {
    expect(load()).toEqual({
      ok: false,
      error: `The ${what} file is more than 64.0 MB; Corroborate reads project and export files up to 64.0 MB. It was not changed.`,
    });
  });

  it('the same project under the cap loads', () => {
    expect(parseProject(`${serializeProject(sampleProject())}   `).ok).toBe(true);
  });
});
