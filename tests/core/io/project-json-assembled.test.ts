import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prepareProjectJson,
  projectSchema,
  serializeProject,
  serializeProjectPieces,
} from '../../../core/io/project-file';
import type { Project } from '../../../core/model/project';
import { claimArbitrary } from '../../fuzz/arbitraries';
import { richProject } from './w3c-fixtures';

/** What serializeProject wrote before it reused its elements: the whole project, checked once. */
function wholeWay(project: Project): string {
  const canonical = projectSchema.safeParse(project);
  return `${JSON.stringify(canonical.success ? canonical.data : project, null, 2)}\n`;
}

const base = richProject();

describe('serializeProject writes the same bytes whether or not it reuses its elements', () => {
  it.each<[string, (project: Project) => Project]>([
    ['the rich sample', (p) => p],
    ['no claims and no sources', (p) => ({ ...p, claims: [], sources: [] })],
    [
      'a name with quotes, a newline and the marks it uses',
      (p) => ({ ...p, name: 'a "b"\n\u0000sources\u0000 \\u0000claims\\u0000' }),
    ],
    [
      'a claim with an unknown extra key (dropped)',
      (p) => ({ ...p, claims: p.claims.map((c, i) => (i ? c : ({ ...c, extra: 1 } as never))) }),
    ],
    [
      'a claim on a source the project lacks (invalid: written as it is)',
      (p) => ({
        ...p,
        claims: p.claims.map((c, i) =>
          i ? c : { ...c, target: { ...c.target, sourceId: 'nowhere' } },
        ),
      }),
    ],
    [
      'a claim of the wrong shape (invalid: written as it is)',
      (p) => ({ ...p, claims: [{ id: 'x' } as never, ...p.claims] }),
    ],
    [
      'a newer schema version (invalid: written as it is)',
      (p) => ({ ...p, schemaVersion: 9 as never }),
    ],
  ])('%s', (_name, make) => {
    const project = make(base);
    expect(serializeProject(project)).toBe(wholeWay(project));
    // Again, now from the memo: an unchanged element gives the same text.
    expect(serializeProject(project)).toBe(wholeWay(project));
    // And as the pieces the web store hands its worker one by one.
    expect(serializeProjectPieces(project).join('')).toBe(wholeWay(project));
  });

  it.each([255, 256, 257, 600])(
    '%i claims, in runs of 256: the pieces are the same bytes',
    (count) => {
      const claims = Array.from({ length: count }, (_, i) => ({
        ...base.claims[i % base.claims.length]!,
        id: `copy-${i}`,
      }));
      const project = { ...base, claims };
      const pieces = serializeProjectPieces(project);
      expect(pieces.join('')).toBe(wholeWay(project));
      expect(pieces.length).toBeGreaterThan(Math.ceil(count / 256));
    },
  );

  it('after any claims are replaced, added or removed', () => {
    const sourceId = base.sources[0]!.id;
    fc.assert(
      fc.property(fc.array(claimArbitrary, { maxLength: 6 }), fc.nat(3), (fresh, drop) => {
        const claims = fresh.map((claim, index) => ({
          ...claim,
          id: `fresh-${index}`,
          target: { ...claim.target, sourceId },
        }));
        const project = { ...base, claims: [...base.claims.slice(drop), ...claims] };
        expect(serializeProject(project)).toBe(wholeWay(project));
      }),
      { numRuns: 100 },
    );
  });
});

describe('prepareProjectJson', () => {
  it('writes every element ahead in slices, after which serializeProject gives the same bytes', () => {
    const claims = Array.from({ length: 600 }, (_, index) => ({
      ...base.claims[0]!,
      id: `sliced-${index}`,
    }));
    const project = { ...base, claims };
    const slices = [...prepareProjectJson(project)].length;
    expect(slices).toBeGreaterThanOrEqual(2);
    expect([...prepareProjectJson(project)]).toHaveLength(0);
    expect(serializeProject(project)).toBe(wholeWay(project));
  });
});

describe('serializeProject after an edit inside a long list of claims', () => {
  const claims = Array.from({ length: 700 }, (_, index) => ({
    ...base.claims[0]!,
    id: `long-${index}`,
  }));
  const long = { ...base, claims };
  it.each<[string, (project: Project) => Project]>([
    ['unchanged', (p) => p],
    [
      'one claim appended',
      (p) => ({ ...p, claims: [...p.claims, { ...p.claims[0]!, id: 'added' }] }),
    ],
    [
      'one claim in the middle replaced',
      (p) => ({ ...p, claims: p.claims.map((c, i) => (i === 300 ? { ...c, note: 'edited' } : c)) }),
    ],
    ['the first claim removed (every run shifts)', (p) => ({ ...p, claims: p.claims.slice(1) })],
    ['the list cut inside its last run', (p) => ({ ...p, claims: p.claims.slice(0, 600) })],
  ])('%s', (_name, edit) => {
    expect(serializeProject(long)).toBe(wholeWay(long));
    const edited = edit(long);
    expect(serializeProject(edited)).toBe(wholeWay(edited));
  });
});
