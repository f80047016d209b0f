import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { exportClaimsJson, parseExport } from '../../core/io/export-json';
import { serializeProject } from '../../core/io/project-file';
import { sampleProject } from '../core/io/fixtures';

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-cli-'));
  const contents: Record<string, string> = {
    project: serializeProject(sampleProject()),
    export: exportClaimsJson(sampleProject(), '2024-05-01T00:00:00.000Z'),
    corrupt: serializeProject(sampleProject()).slice(0, 300),
    newer: JSON.stringify({ schemaVersion: 7 }),
    wrongField: serializeProject(sampleProject()).replace('"name": "Crocus"', '"name": 42'),
    brokenExport: JSON.stringify({ format: 'corroborate-export', version: 1, claims: [] }),
    other: JSON.stringify({ hello: 'world' }),
  };
  for (const [name, text] of Object.entries(contents)) {
    files[name] = join(dir, `${name}.json`);
    await writeFile(files[name], text, 'utf8');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI with a fake io and returns exit code, stdout and stderr. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(serializeProject(sampleProject())),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli export', () => {
  it('prints the export JSON of a project file', async () => {
    const { code, out, err } = await cli('export', '--format', 'json', files.project!);
    expect([code, err]).toEqual([0, '']);
    const parsed = parseExport(out);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('reads the project from standard input with "-"', async () => {
    const { code, out } = await cli('export', '--format=json', '-');
    expect(code).toBe(0);
    expect(parseExport(out).ok).toBe(true);
  });

  it.each([
    [['export', '--format', 'xml', 'x.json'], 2, /Use --format json, w3c, csv or report/],
    [['export', '--format', 'json'], 2, /usage: export/],
    [['export', '--format', 'json', '/nonexistent/p.json'], 1, /no such file/],
    [['export', '--format', 'json', '@corrupt'], 1, /not valid JSON at line \d+, column \d+/],
    [['export', '--format', 'json', '@newer'], 1, /newer version of Corroborate \(schema 7/],
  ])('%j fails with exit %i and a clear message', async (argv, exitCode, message) => {
    const args = argv.map((a) => (a.startsWith('@') ? files[a.slice(1)]! : a));
    const { code, out, err } = await cli(...args);
    expect(code).toBe(exitCode);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});

describe('cli validate', () => {
  it.each([
    ['project', 0, /valid project "Crocus" \(schema 1\): 2 sources, 3 claims/],
    ['export', 0, /valid export \(corroborate-export v1\): 2 sources, 3 claims/],
    ['corrupt', 1, /invalid: .*not valid JSON at line \d+, column \d+/],
    ['newer', 1, /newer version of Corroborate \(schema 7, this version reads up to 1\)/],
    ['wrongField', 1, /invalid: .*name: /],
    ['brokenExport', 1, /invalid: .*(exportedAt|project|sources)/],
    ['other', 1, /not a Corroborate project .* nor an export/],
  ])('%s -> exit %i', async (name, exitCode, message) => {
    const { code, out, err } = await cli('validate', files[name]!);
    expect(code).toBe(exitCode);
    expect(exitCode === 0 ? out : err).toMatch(message);
  });

  it('checks several files and fails if any is invalid', async () => {
    const { code, out, err } = await cli('validate', files.project!, files.corrupt!);
    expect(code).toBe(1);
    expect(out).toMatch(/valid project/);
    expect(err).toMatch(/corrupt\.json: invalid/);
  });

  it('without a file prints usage', async () => {
    expect((await cli('validate')).code).toBe(2);
  });
});
