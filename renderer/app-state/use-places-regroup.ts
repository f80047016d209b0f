import { useEffect, useRef, useState } from 'react';
import { createDeriveMemo, deriveGroupsInSteps, type DeriveMemo } from '../../core/compare';
import type { Project } from '../../core/model/project';
import type { SourceInfo } from '../../core/model/source-info';
import type { Suggestion } from '../../core/model/suggestion';
import type { Gazetteer } from '../../core/places/gazetteer';
import { runInSlices } from '../host/pause';

/** What is grouped: the project, its loaded sources and the suggestions still pending. */
export interface ToGroup {
  project: Project | undefined;
  sources: readonly SourceInfo[];
  suggestions: readonly Suggestion[];
}

/** The gazetteer the groups are derived with, and the memo of that derivation. */
export interface Places {
  gazetteer: Gazetteer | undefined;
  memo: DeriveMemo;
}

/** Work between two turns of the page while everything is grouped again with the gazetteer. */
const REGROUP_SLICE_MS = 25;

/**
 * Which gazetteer to group with. A gazetteer that arrives changes every group (events match by
 * place), and regrouping 20,000 claims at once held the page for ~300 ms; so the whole project
 * is grouped with it in slices, into a fresh memo, while the groups shown stay those without it.
 * Once done, the derivation switches to the gazetteer and that memo, and only what changed in
 * the meantime (an edit made during the slices) is grouped again, in one short task.
 */
export function usePlacesRegroup(toGroup: ToGroup | undefined, gazetteer?: Gazetteer): Places {
  const [places, setPlaces] = useState<Places>(() => ({
    gazetteer: undefined,
    memo: createDeriveMemo(),
  }));
  const latest = useRef(toGroup);
  latest.current = toGroup;
  const arrived = gazetteer !== undefined && gazetteer !== places.gazetteer;
  useEffect(() => {
    if (!arrived) return;
    const memo = createDeriveMemo();
    const stop = new AbortController();
    const snapshot = latest.current;
    const regrouped = snapshot?.project
      ? runInSlices(
          deriveGroupsInSteps(snapshot.project, {
            sources: snapshot.sources,
            suggestions: snapshot.suggestions,
            gazetteer,
            memo,
          }),
          { budgetMs: REGROUP_SLICE_MS, signal: stop.signal },
        )
      : Promise.resolve();
    regrouped.then(
      () => setPlaces({ gazetteer, memo }),
      () => {
        // Stopped because the page moved on (a newer gazetteer, the workspace closed); any other
        // failure groups in one go instead, where it shows as any grouping error does.
        if (!stop.signal.aborted) setPlaces({ gazetteer, memo: createDeriveMemo() });
      },
    );
    return () => stop.abort();
  }, [arrived, gazetteer]);
  return places;
}
