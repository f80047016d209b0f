import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../core/anchoring';
import type { Claim, ClaimType } from '../../core/model/claim';
import { createProject } from '../../core/model/project';
import type { Suggestion } from '../../core/model/suggestion';
import { pendingBySource, pendingSuggestions } from '../../renderer/suggestions/pending';

const NOW = '2026-12-03T08:00:00.000Z';
const TEXT = 'Rescuers counted 12 injured at the depot and 4 missing near the old ferry landing.';

function claimOn(id: string, start: number, end: number, type: ClaimType, sourceId = 'a'): Claim {
  return {
    id,
    type,
    tags: [],
    target: describeSpan(TEXT, start, end, sourceId, 'h'),
    event: '',
    measure: 'injured',
    value: null,
    attributedTo: '',
    note: '',
    created: NOW,
    modified: NOW,
  };
}

/** A casualty suggestion on characters [17, 27) of source "a": "12 injured". */
const SUGGESTION: Suggestion = {
  id: 's1',
  sourceId: 'a',
  type: 'casualty',
  start: 17,
  end: 27,
  quote: '12 injured',
  measure: 'injured',
  value: null,
  attributedTo: '',
  eventCue: '',
};

describe('pendingSuggestions through the claims index', () => {
  it.each<[string, Claim[], boolean]>([
    ['no claims', [], true],
    ['a claim on the same words', [claimOn('c', 17, 27, 'casualty')], false],
    ['a claim overlapping its end', [claimOn('c', 20, 40, 'casualty')], false],
    [
      'a long earlier claim covering it',
      [claimOn('c', 0, 60, 'casualty'), claimOn('d', 5, 9, 'casualty')],
      false,
    ],
    ['a claim ending where it starts', [claimOn('c', 0, 17, 'casualty')], true],
    ['a claim starting where it ends', [claimOn('c', 27, 40, 'casualty')], true],
    ['a claim of another type', [claimOn('c', 17, 27, 'count')], true],
    ['a claim on another source', [claimOn('c', 17, 27, 'casualty', 'b')], true],
    [
      'claims before and after only',
      [
        claimOn('c', 40, 50, 'casualty'),
        claimOn('d', 2, 10, 'casualty'),
        claimOn('e', 60, 70, 'casualty'),
      ],
      true,
    ],
  ])('%s: still pending = %s', (_name, claims, pending) => {
    const project = { ...createProject({ id: 'p', name: 'P', now: NOW }), claims };
    expect(pendingSuggestions([SUGGESTION], project)).toHaveLength(pending ? 1 : 0);
  });

  it('sees a claim added by an edit (a new claims array)', () => {
    const empty = createProject({ id: 'p', name: 'P', now: NOW });
    expect(pendingSuggestions([SUGGESTION], empty)).toHaveLength(1);
    const edited = { ...empty, claims: [claimOn('c', 17, 27, 'casualty')] };
    expect(pendingSuggestions([SUGGESTION], edited)).toHaveLength(0);
  });
});

describe('pendingBySource keeps the lists of sources an edit did not touch', () => {
  const onB: Suggestion = { ...SUGGESTION, id: 's2', sourceId: 'b' };
  const suggestions = new Map([
    ['a', [SUGGESTION]],
    ['b', [onB]],
  ]);
  const start = createProject({ id: 'p', name: 'P', now: NOW });

  it.each<[string, (project: typeof start) => typeof start, { a: number; b: number }, string[]]>([
    ['nothing changed', (project) => project, { a: 1, b: 1 }, ['a', 'b']],
    [
      'a claim tagged on a',
      (project) => ({ ...project, claims: [claimOn('c', 17, 27, 'casualty')] }),
      { a: 0, b: 1 },
      ['b'],
    ],
    [
      'a claim tagged on b',
      (project) => ({ ...project, claims: [claimOn('c', 17, 27, 'casualty', 'b')] }),
      { a: 1, b: 0 },
      ['a'],
    ],
    [
      'a suggestion dismissed (every list is checked again)',
      (project) => ({ ...project, dismissedSuggestions: ['s2'] }),
      { a: 1, b: 0 },
      [],
    ],
  ])('%s', (_name, edit, counts, kept) => {
    const before = pendingBySource(suggestions, start);
    const project = edit(start);
    const after = pendingBySource(suggestions, project);
    expect({ a: after.get('a')?.length, b: after.get('b')?.length }).toEqual(counts);
    // The same answer as filtering each source afresh, and the very same list where untouched.
    for (const [sourceId, list] of suggestions)
      expect(after.get(sourceId)).toEqual(pendingSuggestions(list, project));
    expect(['a', 'b'].filter((id) => after.get(id) === before.get(id))).toEqual(kept);
  });
});
