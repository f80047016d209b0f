// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract';
import { createProject, type Project } from '../../../core/model/project';
import type { Gazetteer } from '../../../core/places/gazetteer';
import { defaultGazetteer } from '../../../core/places/load';
import { usePlacesRegroup, type ToGroup } from '../../../renderer/app-state/use-places-regroup';
import { claimFromSuggestion } from '../../../renderer/suggestions/pending';
import { loadSource } from '../../core/compare/load-source';

afterEach(cleanup);

const NOW = '2024-07-01T00:00:00.000Z';
const sources = ['corpus/000_16df6a53eee4503d.md', 'corpus/003_94a029406cfc69e9.md'].map(
  loadSource,
);
const claims = sources.flatMap((source) =>
  extractSuggestions(source).map((suggestion, index) =>
    claimFromSuggestion(suggestion, source, `${source.id}-${index}`, NOW),
  ),
);
const project: Project = { ...createProject({ id: 'p', name: 'places', now: NOW }), claims };
const gazetteer = defaultGazetteer();

describe('usePlacesRegroup', () => {
  it('switches to the gazetteer only once the project is grouped with it, memo filled', async () => {
    const toGroup: ToGroup = { project, sources, suggestions: [] };
    const { result, rerender } = renderHook(
      ({ places }: { places?: Gazetteer }) => usePlacesRegroup(toGroup, places),
      { initialProps: {} },
    );
    const before = result.current;
    expect(before.gazetteer).toBeUndefined();
    rerender({ places: gazetteer });
    expect(result.current).toBe(before);
    await waitFor(() => expect(result.current.gazetteer).toBe(gazetteer));
    const { memo } = result.current;
    expect(memo).not.toBe(before.memo);
    expect(memo.claims.units.size).toBeGreaterThan(0);
    expect(deriveGroups(project, { sources, gazetteer, memo })).toEqual(
      deriveGroups(project, { sources, gazetteer }),
    );
  });

  it('switches at once when there is no project to group yet', async () => {
    const { result } = renderHook(() => usePlacesRegroup(undefined, gazetteer));
    await waitFor(() => expect(result.current.gazetteer).toBe(gazetteer));
    expect(result.current.memo.claims.units.size).toBe(0);
  });
});
