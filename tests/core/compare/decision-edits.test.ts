import { describe, expect, it } from 'vitest';
import { effectiveDecisions, linkClaims, splitClaim } from '../../../core/compare';
import { createProject, type GroupDecision } from '../../../core/model/project';

const EARLIER = '2026-01-01T00:00:00.000Z';
const NOW = '2026-02-02T00:00:00.000Z';
const base = (decisions: GroupDecision[] = []) => ({
  ...createProject({ id: 'p', name: 'Decisions', now: EARLIER }),
  groupDecisions: decisions,
});
const earlier: GroupDecision = { kind: 'unlink', claimIds: ['x', 'y'] };

describe('linkClaims and splitClaim', () => {
  it.each<[string, ReturnType<typeof base>, { links: string[][]; unlinks: string[][] }]>([
    [
      'a link joins the two claims',
      linkClaims(base(), 'a', 'b', NOW),
      { links: [['a', 'b']], unlinks: [] },
    ],
    [
      'a split unlinks the claim from each member and keeps the rest chained',
      splitClaim(base(), 'a', ['b', 'c', 'd'], NOW),
      {
        links: [
          ['b', 'c'],
          ['c', 'd'],
        ],
        unlinks: [
          ['a', 'b'],
          ['a', 'c'],
          ['a', 'd'],
        ],
      },
    ],
    [
      'a link after a split of the same pair wins',
      linkClaims(splitClaim(base(), 'a', ['b'], NOW), 'b', 'a', NOW),
      { links: [['b', 'a']], unlinks: [] },
    ],
  ])('%s', (_, project, expected) => {
    expect(effectiveDecisions(project.groupDecisions)).toEqual(expected);
    expect(project.modified).toBe(NOW);
  });

  it('appends to the log and leaves the earlier project untouched (undo keeps it)', () => {
    const before = base([earlier]);
    const after = splitClaim(linkClaims(before, 'a', 'b', NOW), 'a', ['b'], NOW);
    expect(after.groupDecisions[0]).toEqual(earlier);
    expect(after.groupDecisions).toHaveLength(3);
    expect(before.groupDecisions).toEqual([earlier]);
    expect(before.modified).toBe(EARLIER);
  });
});
