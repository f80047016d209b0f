import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

let dir: string;
let huge: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-cli-size-'));
  // A sparse 3 GB file: it takes no disk space, and reading it would fail with a Node error
  // about a file too large for a buffer, so the cap's own message proves it was never read.
  huge = join(dir, 'huge.json');
  const handle = await open(huge, 'w');
  await handle.truncate(3 * 1024 * 1024 * 1024);
  await handle.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the CLI refuses a file over the size cap before reading it', () => {
  it.each([[['validate']], [['export', '--format', 'json']]])('%j', async (command) => {
    const { code, out, err } = await cli(...command, huge);
    expect([code, out]).toEqual([1, '']);
    expect(err).toBe(
      `${huge} is 3072.0 MB; Corroborate reads project and export files up to 64.0 MB. It was not read, and it was not changed.`,
    );
  });

  it('says a folder is a folder', async () => {
    const { code, err } = await cli('validate', dir);
    expect([code, err]).toEqual([1, `${dir}: is a folder. Check the path.`]);
  });
});
