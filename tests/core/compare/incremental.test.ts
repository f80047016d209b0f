import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareClaims,
  compareClaimsIncrementally,
  createDeriveMemo,
  createGroupMemo,
  deriveGroups,
  deriveGroupsInSteps,
  eventKeyOf,
  itemFromSuggestion,
  sourceLookup,
  type ComparableItem,
  type GroupDecision,
} from '../../../core/compare';
import { mainEvents } from '../../../core/compare/source-events';
import { extractSuggestions } from '../../../core/extract';
import { createProject, type Project } from '../../../core/model/project';
import { defaultGazetteer } from '../../../core/places/load';
import { claimFromSuggestion } from '../../../renderer/suggestions/pending';
import { loadSource } from './load-source';

// Grouping by increments must give exactly what grouping everything again gives, whatever the
// analyst does in between: the items come from real suggestions on articles (names, places,
// dates, subjects, sites), the edits from fast-check.
const FILES = [
  'corpus/000_16df6a53eee4503d.md',
  'corpus/003_94a029406cfc69e9.md',
  'tests/fixtures/articles/moscow-early-wire.md',
  'tests/fixtures/articles/moscow-review.md',
];
const NOW = '2024-07-01T00:00:00.000Z';
const sources = FILES.map(loadSource);
const gazetteer = defaultGazetteer();
const lookup = sourceLookup(sources);
const context = {
  mainEvents: mainEvents(sources, gazetteer),
  texts: new Map(sources.map((source) => [source.id, source.text])),
  gazetteer,
};
const found = sources.flatMap((source) =>
  extractSuggestions(source).map((suggestion) => ({ suggestion, source })),
);
const pool = found.map(({ suggestion }) => itemFromSuggestion(suggestion, lookup));
const cues = [...new Set(pool.map((item) => item.event)), '', 'the Harbour Road fire'];
const measures = [...new Set(pool.map((item) => item.measure))];

/** One thing an analyst does; numbers pick among what there is when it is applied. */
type Edit =
  | { kind: 'add' | 'remove' | 'link' | 'unlink'; a: number; b: number }
  | { kind: 'event' | 'measure' | 'subject'; a: number; b: number };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('add', 'add', 'remove', 'link', 'unlink', 'event', 'measure', 'subject'),
  a: fc.nat(),
  b: fc.nat(),
});

interface State {
  items: ComparableItem[];
  decisions: GroupDecision[];
  next: number;
}

function apply(state: State, { kind, a, b }: Edit): State {
  const { items } = state;
  const at = items.length > 0 ? a % items.length : -1;
  const other = items.length > 0 ? b % items.length : -1;
  const replace = (item: ComparableItem) => items.map((old, i) => (i === at ? item : old));
  const current = items[at];
  switch (kind) {
    case 'add': {
      const item = pool[a % pool.length] as ComparableItem;
      return {
        ...state,
        items: [...items, { ...item, id: `c${state.next}` }],
        next: state.next + 1,
      };
    }
    case 'remove':
      return current ? { ...state, items: items.filter((_, i) => i !== at) } : state;
    case 'link':
    case 'unlink': {
      const second = items[other];
      if (!current || !second) return state;
      const decision: GroupDecision = { kind, claimIds: [current.id, second.id] };
      return { ...state, decisions: [...state.decisions, decision] };
    }
    case 'event': {
      if (!current) return state;
      const event = cues[b % cues.length] as string;
      return { ...state, items: replace({ ...current, event, eventKey: eventKeyOf(event) }) };
    }
    case 'measure':
      if (!current) return state;
      return { ...state, items: replace({ ...current, measure: measures[b % measures.length]! }) };
    case 'subject': {
      if (!current) return state;
      const { subject, ...rest } = current;
      return { ...state, items: replace(subject ? rest : { ...rest, subject: 'civilians' }) };
    }
  }
}

describe('compareClaimsIncrementally', () => {
  it('has real items to work on', () => {
    expect(pool.length).toBeGreaterThan(40);
    expect(new Set(pool.map((item) => item.measure)).size).toBeGreaterThan(3);
  });

  it('equals a full regrouping after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const memo = createGroupMemo();
        let state: State = { items: [], decisions: [], next: 0 };
        for (const step of edits) {
          state = apply(state, step);
          const full = compareClaims(state.items, state.decisions, context);
          const incremental = compareClaimsIncrementally(
            state.items,
            state.decisions,
            context,
            memo,
          );
          expect(incremental).toEqual(full);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps only the groups of the wanted units, exactly as a full regrouping has them', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const memo = createGroupMemo();
        let state: State = { items: [], decisions: [], next: 0 };
        for (const step of edits) {
          state = apply(state, step);
          // Items of one source stand for the suggestions of the preview.
          const marked = (item: ComparableItem) => item.sourceId === sources[1]?.id;
          const full = compareClaims(state.items, state.decisions, context).filter((group) =>
            group.items.some(marked),
          );
          const incremental = compareClaimsIncrementally(
            state.items,
            state.decisions,
            context,
            memo,
            (unit) => unit.some(marked),
          ).filter((group) => group.items.some(marked));
          expect(incremental).toEqual(full);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('deriveGroups with a memo', () => {
  it('follows the gazetteer arriving (and going) as a fresh derivation does', () => {
    const claims = found
      .filter((_, index) => index % 3 === 0)
      .map(({ suggestion, source }, index) =>
        claimFromSuggestion(suggestion, source, `g${index}`, NOW),
      );
    const project: Project = { ...createProject({ id: 'p', name: 'places', now: NOW }), claims };
    const memo = createDeriveMemo();
    for (const places of [{}, { gazetteer }, {}, { gazetteer }]) {
      expect(deriveGroups(project, { sources, ...places, memo })).toEqual(
        deriveGroups(project, { sources, ...places }),
      );
    }
  });

  it('derives what a fresh derivation does as claims are accepted, edited and removed', () => {
    const base = createProject({ id: 'p', name: 'memo', now: NOW });
    fc.assert(
      fc.property(
        fc.array(fc.record({ pick: fc.nat(), remove: fc.boolean() }), { maxLength: 12 }),
        (steps) => {
          const memo = createDeriveMemo();
          let project: Project = base;
          steps.forEach(({ pick, remove }, index) => {
            const claims = project.claims;
            if (remove && claims.length > 0) {
              project = { ...project, claims: claims.filter((_, i) => i !== pick % claims.length) };
            } else {
              const { suggestion, source } = found[pick % found.length]!;
              const claim = claimFromSuggestion(suggestion, source, `k${index}`, NOW);
              project = { ...project, claims: [...claims, claim] };
            }
            const accepted = new Set(project.claims.map((claim) => claim.target.position.start));
            const pending = found
              .map(({ suggestion }) => suggestion)
              .filter((suggestion) => !accepted.has(suggestion.start));
            const options = { sources, suggestions: pending, gazetteer };
            expect(deriveGroups(project, { ...options, memo })).toEqual(
              deriveGroups(project, options),
            );
          });
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('deriveGroupsInSteps', () => {
  const claims = found.map(({ suggestion, source }, index) =>
    claimFromSuggestion(suggestion, source, `s${index}`, NOW),
  );
  const project: Project = { ...createProject({ id: 'p', name: 'steps', now: NOW }), claims };
  const options = { sources, gazetteer };

  it('yields between units and returns what deriveGroups returns', () => {
    const steps = deriveGroupsInSteps(project, options);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(yields).toBeGreaterThan(5);
    expect(step.value).toEqual(deriveGroups(project, options));
  });

  it.each([
    ['run to the end', Infinity],
    ['abandoned after a few steps', 3],
    ['abandoned half-way', 20],
  ])('leaves a memo that later derivations reuse correctly (%s)', (_, taken) => {
    const memo = createDeriveMemo();
    const steps = deriveGroupsInSteps(project, { ...options, memo });
    for (let index = 0; index < taken && !steps.next().done; index += 1);
    const edited: Project = { ...project, claims: project.claims.slice(1) };
    expect(deriveGroups(edited, { ...options, memo })).toEqual(deriveGroups(edited, options));
    expect(deriveGroups(project, { ...options, memo })).toEqual(deriveGroups(project, options));
  });
});
