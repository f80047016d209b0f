// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract';
import { createProject, type Project } from '../../../core/model/project';
import type { Gazetteer } from '../../../core/places/gazetteer';
import { defaultGazetteer } from '../../../core/places/load';
import { useDerivedGroups, type ToGroup } from '../../../renderer/app-state/use-derived-groups';
import { claimFromSuggestion } from '../../../renderer/suggestions/pending';
import { loadSource } from '../../core/compare/load-source';

afterEach(cleanup);

const NOW = '2024-07-01T00:00:00.000Z';
const sources = ['corpus/000_16df6a53eee4503d.md', 'corpus/003_94a029406cfc69e9.md'].map(
  loadSource,
);
const found = sources.flatMap((source) =>
  extractSuggestions(source).map((suggestion, index) => ({ suggestion, source, index })),
);
const claims = found.map(({ suggestion, source, index }) =>
  claimFromSuggestion(suggestion, source, `${source.id}-${index}`, NOW),
);
const base = createProject({ id: 'p', name: 'groups', now: NOW });
const full: Project = { ...base, claims };
const half: Project = { ...base, claims: claims.filter((_, index) => index % 2 === 0) };
const gazetteer = defaultGazetteer();

function grouping(project: Project): ToGroup {
  return { project, sources, suggestions: [] };
}

describe('useDerivedGroups', () => {
  it('derives after a frame, keeps the last groups until the next derivation ends', async () => {
    const { result, rerender } = renderHook(
      ({ toGroup }: { toGroup: ToGroup }) => useDerivedGroups(toGroup),
      { initialProps: { toGroup: grouping(half) } },
    );
    expect(result.current.groups).toEqual([]);
    await waitFor(() => expect(result.current).toEqual(deriveGroups(half, { sources })));
    const before = result.current;
    rerender({ toGroup: grouping(full) });
    expect(result.current).toBe(before);
    await waitFor(() => expect(result.current).toEqual(deriveGroups(full, { sources })));
  });

  it('derives only the newest of changes made before their frame', async () => {
    const shown: number[] = [];
    const { result, rerender } = renderHook(
      ({ toGroup }: { toGroup: ToGroup }) => {
        const derived = useDerivedGroups(toGroup);
        shown.push(derived.groups.flatMap((group) => group.items).length);
        return derived;
      },
      { initialProps: { toGroup: grouping(full) } },
    );
    rerender({ toGroup: grouping(half) });
    await waitFor(() => expect(result.current).toEqual(deriveGroups(half, { sources })));
    expect(shown).not.toContain(full.claims.length);
  });

  it('groups again with the gazetteer once it arrives, as a fresh derivation with it does', async () => {
    const toGroup = grouping(full);
    const { result, rerender } = renderHook(
      ({ places }: { places?: Gazetteer }) => useDerivedGroups(toGroup, places),
      { initialProps: {} },
    );
    await waitFor(() => expect(result.current).toEqual(deriveGroups(full, { sources })));
    rerender({ places: gazetteer });
    await waitFor(() => expect(result.current).toEqual(deriveGroups(full, { sources, gazetteer })));
  });

  it('shows no groups for no project', async () => {
    const { result } = renderHook(() =>
      useDerivedGroups({ project: undefined, sources, suggestions: [] }),
    );
    await waitFor(() => expect(result.current).toEqual({ groups: [], fromSuggestions: [] }));
  });
});
