import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      readStdin: () => Promise.resolve(stdin),
    },
    out,
    err,
  };
}

const corpus = (id: string) => join(__dirname, '..', '..', 'corpus', `${id}.md`);

describe('cli quantities', () => {
  it.each<[string[], string]>([
    [['quantities', '-'], 'stdin via -'],
    [['quantities'], 'stdin by default'],
  ])('%j reads %s and prints figures with offsets into the raw input', async (argv) => {
    const input = 'It killed at least 143 people and wounded approximately 80 others in 2024.';
    const { io, out } = fakeIo(input);
    expect(await main(argv, io)).toBe(0);
    const figures = JSON.parse(out.join('\n')) as Array<Record<string, unknown>>;
    expect(figures).toHaveLength(2);
    expect(figures[0]).toEqual({
      text: 'at least 143',
      start: 10,
      end: 22,
      low: 143,
      high: null,
      lowInclusive: true,
      highInclusive: false,
      approximate: false,
      value: 143,
      kind: 'lower-bound',
      unit: 'people',
    });
    for (const f of figures) {
      expect(input.slice(f.start as number, f.end as number)).toBe(f.text);
    }
  });

  it('reads a file; offsets are into the raw file (front matter included)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-q-'));
    const file = join(dir, 'a.txt');
    const raw = '---\ntitle: x\n---\nnearly 150 died';
    writeFileSync(file, raw);
    const { io, out } = fakeIo();
    expect(await main(['quantities', file], io)).toBe(0);
    const [f] = JSON.parse(out.join('\n')) as Array<{ start: number; end: number; text: string }>;
    expect(raw.slice(f!.start, f!.end)).toBe('nearly 150');
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'ru',
      'Погибли не менее ста сорока трёх человек.',
      { low: 143, high: null, kind: 'lower-bound' },
    ],
    ['fa-AF', 'دست کم ۱۳ سرباز', { low: null, high: null, value: 13, unreadQualifier: 'دست کم' }],
  ])('--language %s reads the text in that language', async (language, input, expected) => {
    const { io, out } = fakeIo(input);
    expect(await main(['quantities', '--language', language], io)).toBe(0);
    const [f] = JSON.parse(out.join('\n')) as Array<Record<string, unknown>>;
    expect(f).toMatchObject(expected);
  });

  it.each<[string[], number]>([
    [['quantities', '/no/such/file.txt'], 1],
    [['quantities', 'a', 'b'], 2],
    [['quantities', '--language'], 2],
  ])('%j exits with %i and explains', async (argv, code) => {
    const { io, err } = fakeIo();
    expect(await main(argv, io)).toBe(code);
    expect(err.join('')).not.toBe('');
  });
});

describe('cli extract', () => {
  it('prints suggestions for the corpus articles as JSON', async () => {
    const { io, out } = fakeIo();
    const code = await main(
      ['extract', corpus('000_16df6a53eee4503d'), corpus('003_94a029406cfc69e9')],
      io,
    );
    expect(code).toBe(0);
    const suggestions = JSON.parse(out.join('\n')) as Array<{
      id: string;
      type: string;
      quote: string;
    }>;
    expect(
      suggestions.some((s) => s.quote === 'at least 143 people' && s.type === 'casualty'),
    ).toBe(true);
    expect(
      suggestions.some((s) => s.quote === 'more than 130 people' && s.type === 'casualty'),
    ).toBe(true);
    expect(suggestions.some((s) => s.type === 'attribution')).toBe(true);
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
  });

  it.each<[string[], number]>([
    [['extract'], 2],
    [['extract', '/no/such/file.md'], 1],
  ])('%j exits with %i', async (argv, code) => {
    const { io, err } = fakeIo();
    expect(await main(argv, io)).toBe(code);
    expect(err.join('')).not.toBe('');
  });

  it('lists both commands in --help', async () => {
    const { io, out } = fakeIo();
    await main(['--help'], io);
    expect(out.join('\n')).toMatch(/quantities \[--language TAG\] \[FILE\|-\]/);
    expect(out.join('\n')).toMatch(/extract FILE\.\.\./);
  });
});
