import { useEffect, useState } from 'react';
import { createDeriveMemo, deriveGroupsInSteps, type ProjectGroups } from '../../core/compare';
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

/** Work between two turns of the page while the groups are derived. */
const SLICE_MS = 10;

const NO_GROUPS: ProjectGroups = { groups: [], fromSuggestions: [] };

/**
 * The groups and verdicts of what is grouped, derived after the frame that shows a change (a
 * tag's highlight and row paint first, the groups a moment later) and in slices of ~10 ms, so
 * that grouping a large project never holds the page: the first grouping of a project just
 * opened, the preview once suggestions arrive and everything again once the gazetteer arrives
 * each took 100-300 ms in one task. One memo keeps each unit as soon as it is judged, so a newer
 * change that interrupts a derivation (its steps are dropped) loses none of the work done; the
 * groups shown stay the last complete ones until the next derivation ends.
 */
export function useDerivedGroups(toGroup: ToGroup, gazetteer?: Gazetteer): ProjectGroups {
  const [memo] = useState(createDeriveMemo);
  const [derived, setDerived] = useState<ProjectGroups>(NO_GROUPS);
  useEffect(() => {
    const { project, sources, suggestions } = toGroup;
    if (!project) {
      setDerived(NO_GROUPS);
      return;
    }
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      const steps = deriveGroupsInSteps(project, {
        sources,
        suggestions,
        memo,
        ...(gazetteer ? { gazetteer } : {}),
      });
      runInSlices(steps, { budgetMs: SLICE_MS, signal: stop.signal }).then(setDerived, (error) => {
        // Stopped for a newer change; any other failure shows as a render error would.
        if (!stop.signal.aborted)
          setDerived(() => {
            throw error;
          });
      });
    };
    // The frame callback runs before that frame's paint; a task queued from it runs after. The
    // derivation starts one task later still, behind whatever else waited for that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => (timer = setTimeout(start, 0)), 0);
    });
    return () => {
      stop.abort();
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [toGroup, gazetteer, memo]);
  return derived;
}
