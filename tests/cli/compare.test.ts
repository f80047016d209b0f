import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const FIXTURES = 'tests/fixtures/articles';

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

interface JsonClaim {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  value: { text: string; low?: number | null } | null;
}
interface JsonGroup {
  id: string;
  event: string;
  measure: string;
  verdict: string;
  revision: { explanation: string; direction: string } | null;
  claims: JsonClaim[];
}
interface JsonOutput {
  sources: { id: string; title: string; path: string; published: string | null }[];
  groups: JsonGroup[];
}

describe('cli compare', () => {
  it.each([
    [[], 2, 'usage: compare'],
    [['--json'], 2, 'usage: compare'],
    [['--tabular', `${FIXTURES}/kabul-airport.md`], 2, 'unknown option --tabular'],
    [['no/such/file.md'], 1, 'no such file'],
  ])('compare %j exits %i', async (args, code, message) => {
    const result = await run(['compare', ...args]);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
  });

  it('prints the documented JSON shape', async () => {
    const result = await run([
      'compare',
      '--json',
      `${FIXTURES}/moscow-early-wire.md`,
      `${FIXTURES}/moscow-review.md`,
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as JsonOutput;
    expect(parsed.sources).toEqual([
      expect.objectContaining({
        id: 'moscow-early-wire',
        path: `${FIXTURES}/moscow-early-wire.md`,
        published: '2024-03-24',
      }),
      expect.objectContaining({
        id: 'moscow-review',
        title: expect.stringContaining('Three months after Crocus') as string,
        published: '2024-06-30',
      }),
    ]);
    for (const group of parsed.groups) {
      expect(Object.keys(group)).toEqual(
        expect.arrayContaining(['id', 'event', 'measure', 'verdict', 'claims']),
      );
      expect(['agree', 'compatible', 'conflict', 'single']).toContain(group.verdict);
      for (const claim of group.claims) {
        expect(Object.keys(claim)).toEqual(
          expect.arrayContaining(['sourceId', 'quote', 'start', 'end', 'value']),
        );
      }
    }
    const deaths = parsed.groups.find(
      (group) =>
        group.measure === 'deaths' && new Set(group.claims.map((c) => c.sourceId)).size === 2,
    );
    expect(deaths?.verdict).toBe('conflict');
    expect(deaths?.revision?.explanation).toBe(
      'revised upward: 133 on 24 March 2024, 145 by 30 June 2024',
    );
    expect(deaths?.revision?.direction).toBe('upward');
    // The headline "Gunmen kill 133" restates the body's "133 people": one claim, not two.
    expect(deaths?.claims.map((claim) => claim.value?.low)).toEqual([133, 145]);
  });

  it('prints a readable table with the revision', async () => {
    const result = await run([
      'compare',
      `${FIXTURES}/moscow-early-wire.md`,
      `${FIXTURES}/moscow-review.md`,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('moscow-early-wire  Gunmen kill 133');
    expect(result.out).toMatch(/CONFLICT \(revision\)\s+deaths/);
    expect(result.out).toContain('revised upward: 133 on 24 March 2024, 145 by 30 June 2024');
  });

  it('is listed in --help', async () => {
    const result = await run(['--help']);
    expect(result.out).toContain('compare [--json] [--all] FILE...');
  });
});

describe('cli compare: dates', () => {
  const CORPUS = ['corpus/000_16df6a53eee4503d.md', 'corpus/003_94a029406cfc69e9.md'];
  const RAW = /--\d\d/;

  it('writes every date in words in the table, never a raw "--03-22"', async () => {
    const result = await run(['compare', '--all', ...CORPUS]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('22 March (no year)');
    expect(result.out).not.toMatch(RAW);
  });

  it('types the dates in its JSON: ISO 8601 and a precision', async () => {
    const result = await run(['compare', '--json', '--all', ...CORPUS]);
    const parsed = JSON.parse(result.out) as {
      groups: { eventDate: { iso: string; precision: string } | null }[];
    };
    const dates = parsed.groups.flatMap((group) => (group.eventDate ? [group.eventDate] : []));
    expect(dates).toContainEqual(
      expect.objectContaining({ iso: 'XXXX-03-22', precision: 'yearless' }),
    );
    expect(result.out).not.toMatch(RAW);
  });
});
