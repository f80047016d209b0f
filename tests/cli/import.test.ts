import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { makeDocx, makePdf } from '../core/import/fixtures';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readStdin: () => Promise.resolve(''),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HTML = `<html><head><title>Crocus attack</title><meta property="og:site_name" content="Wire">
<script>globalThis.__cliMarker = 1</script></head><body><nav>Home</nav><article><h1>Crocus attack</h1>
<p>The attack on Crocus City Hall killed at least 143 people, officials said on Saturday.</p>
</article></body></html>`;

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-import-'));
  writeFileSync(file('page.html'), HTML);
  writeFileSync(
    file('report.pdf'),
    await makePdf(
      [1, 2].map((n) => ({
        header: 'Running head',
        footer: String(n),
        lines: [
          { text: `Page ${n}: the attack killed at least ${140 + n} people, officials said.` },
        ],
      })),
      { title: 'Report' },
    ),
  );
  writeFileSync(
    file('memo.docx'),
    await makeDocx([{ text: 'Memo', style: 'Heading1' }, { text: 'At least 150 people died.' }]),
  );
  writeFileSync(file('tool.exe'), new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli with imported formats', () => {
  it('sources reads HTML, PDF and Word files', async () => {
    const result = await run(['sources', file('page.html'), file('report.pdf'), file('memo.docx')]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const sources = JSON.parse(result.out) as Record<string, unknown>[];
    expect(sources).toEqual([
      expect.objectContaining({
        id: 'page',
        title: 'Crocus attack',
        capture: 'html',
        publisher: 'Wire',
        blocks: 2,
      }),
      expect.objectContaining({ id: 'report', title: 'Report', capture: 'pdf-text', blocks: 2 }),
      expect.objectContaining({ id: 'memo', title: 'Memo', capture: 'docx', blocks: 2 }),
    ]);
    expect((globalThis as { __cliMarker?: unknown }).__cliMarker).toBeUndefined();
  });

  it('extract finds figures in a PDF', async () => {
    const result = await run(['extract', file('report.pdf')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('at least 141');
    expect(result.out).toContain('at least 142');
  });

  it('an unsupported file is an error that lists the formats', async () => {
    const result = await run(['sources', file('tool.exe')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'tool.exe is not a supported file (it is a Windows program): Corroborate imports .txt, .md, .html, .pdf and .docx.',
    );
  });
});
