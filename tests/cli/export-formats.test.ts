import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { CSV_BOM } from '../../core/io/csv';
import { serializeProject } from '../../core/io/project-file';
import { exportW3c } from '../../core/io/w3c';
import { importW3c } from '../../core/io/w3c-import';
import { TEXT_C, richProject } from '../core/io/w3c-fixtures';

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-cli-formats-'));
  // Source c's text sits next to the project, where its relative path points.
  await writeFile(join(dir, 'c.txt'), TEXT_C, 'utf8');
  const project = {
    ...richProject(),
    sources: richProject().sources.map((s) => (s.id === 'c' ? { ...s, path: 'c.txt' } : s)),
  };
  const w3c = JSON.parse(exportW3c(richProject(), undefined, '2024-05-01T00:00:00.000Z')) as {
    first: { items: { body?: unknown[] }[] };
  };
  const brokenW3c = structuredClone(w3c);
  brokenW3c.first.items[0]!.body = [];
  const contents: Record<string, string> = {
    project: serializeProject(project),
    w3c: JSON.stringify(w3c),
    brokenW3c: JSON.stringify(brokenW3c),
    newerW3c: JSON.stringify({ ...w3c, 'corroborate:version': 3 }),
  };
  for (const [name, text] of Object.entries(contents)) {
    files[name] = join(dir, `${name}.json`);
    await writeFile(files[name], text, 'utf8');
  }
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
    readStdin: () => Promise.resolve(serializeProject(richProject())),
  });
  // The real io appends "\n" to each `out` call; do the same to see the exact bytes.
  return { code, out: out.map((t) => `${t}\n`).join(''), err: err.join('\n') };
}

describe('cli export formats', () => {
  it('w3c: prints a W3C export that imports back to the same claims', async () => {
    const { code, out, err } = await cli('export', '--format', 'w3c', files.project!);
    expect([code, err]).toEqual([0, '']);
    const back = importW3c(out);
    expect(back.ok && back.value.claims).toEqual(richProject().claims);
  });

  it('w3c: reads the source texts it can find and counts code points', async () => {
    const { out } = await cli('export', '--format=w3c', files.project!);
    const doc = JSON.parse(out) as {
      first: { items: { target: { selector?: { start?: number; exact?: string }[] } }[] };
    };
    const about = doc.first.items.find((i) => i.target.selector?.[0]?.exact === 'about 150');
    expect(about?.target.selector?.[1]?.start).toBe(TEXT_C.indexOf('about 150') - 2);
  });

  it('csv: prints the exact bytes, BOM and CRLF included', async () => {
    const { code, out } = await cli('export', '--format', 'csv', files.project!);
    expect(code).toBe(0);
    expect(out.startsWith(`${CSV_BOM}"claim id","source id",`)).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(richProject().claims.length + 2);
  });

  it('report: prints the HTML report, from standard input too', async () => {
    const { code, out } = await cli('export', '-f', 'report', '-');
    expect(code).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain('badge conflict');
  });

  it('json: unchanged', async () => {
    const { code, out } = await cli('export', files.project!);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ format: 'corroborate-export', version: 1 });
  });

  it('rejects an unknown format and lists the formats', async () => {
    const { code, err } = await cli('export', '--format', 'xlsx', files.project!);
    expect(code).toBe(2);
    expect(err).toMatch(/Use --format json, w3c, csv or report/);
  });
});

describe('cli validate recognises W3C exports', () => {
  it.each([
    [
      'w3c',
      0,
      /valid W3C Web Annotation export \(corroborate-w3c\): 3 sources, 9 claims, \d+ groups/,
    ],
    ['brokenW3c', 1, /invalid: .*"type" body/],
    ['newerW3c', 1, /newer version of Corroborate \(version 3/],
  ])('%s -> exit %i', async (name, exitCode, message) => {
    const { code, out, err } = await cli('validate', files[name]!);
    expect(code).toBe(exitCode);
    expect(exitCode === 0 ? out : err).toMatch(message);
  });
});
