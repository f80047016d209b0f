import { useMemo } from 'react';
import type { CorpusListing } from '../../contract/ipc';
import type { DerivedGroup, ProjectGroups } from '../../core/compare';
import type { Project } from '../../core/model/project';
import type { Gazetteer } from '../../core/places/gazetteer';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import { placeAllClaims, type SourceClaims } from '../claims/anchored-claims';
import { isFlagged, sourcesById as summarizeSources } from '../compare';
import { flagsByItem, type ItemFlag } from '../compare/flags';
import { withEmbeddedSources } from '../sources/embedded-sources';
import { pendingBySource } from '../suggestions/pending';
import { useSuggestions } from '../suggestions/use-suggestions';
import { useDerivedGroups } from './use-derived-groups';

/** Everything the workspace shows that is derived from the corpus and the project, never stored. */
export interface WorkspaceView {
  /** The sources on offer: the corpus with the project's own sources and metadata applied. */
  sources: readonly Source[];
  sourceById: ReadonlyMap<string, Source>;
  sourceIds: readonly string[];
  /** Titles of embedded sources whose text does not match its fingerprint (not shown). */
  damaged: readonly string[];
  suggestions: ReadonlyMap<string, Suggestion[]>;
  /** Suggestions still waiting for the analyst, per source. */
  pending: ReadonlyMap<string, Suggestion[]>;
  pendingCount: number;
  placements: ReadonlyMap<string, SourceClaims>;
  /** Event names already used on claims, offered when editing one. */
  events: readonly string[];
  summaries: ReturnType<typeof summarizeSources>;
  derived: ProjectGroups;
  /** Groups of claims, then groups that exist only through pending suggestions. */
  groups: readonly DerivedGroup[];
  flags: ReadonlyMap<string, ItemFlag>;
  /** Disagreements between claims (previews from suggestions are not counted). */
  flaggedCount: number;
  credibilityById: ReadonlyMap<string, NonNullable<Project['claims'][number]['credibility']>>;
}

/** The workspace's derived view of the corpus and the project, recomputed only when they change. */
export function useWorkspaceView(
  corpus: CorpusListing['sources'] | null,
  project: Project | undefined,
  gazetteer?: Gazetteer,
): WorkspaceView {
  const refs = project?.sources;
  // Sources the project carries (imported, or a revised corpus article) replace or join the corpus.
  const { loaded, damaged } = useMemo(() => withEmbeddedSources(corpus, refs), [corpus, refs]);
  // The metadata the analyst recorded in the project (publisher, date, reliability...) is what
  // every view, comparison and export uses; the corpus files are never rewritten.
  const sources = useMemo(
    () =>
      loaded?.map((source) => {
        const ref = refs?.find((candidate) => candidate.id === source.id);
        return ref && JSON.stringify(ref.metadata) !== JSON.stringify(source.metadata)
          ? { ...source, metadata: ref.metadata }
          : source;
      }) ?? [],
    [loaded, refs],
  );
  // Found once per source text; long sources in a Web Worker, so they do not hold up the paint.
  const suggestions = useSuggestions(sources);
  const claims = project?.claims;
  const placements = useMemo(() => placeAllClaims(sources, claims ?? []), [sources, claims]);
  const events = useMemo(
    () => [...new Set((claims ?? []).map((claim) => claim.event).filter(Boolean))].sort(),
    [claims],
  );
  const pending = useMemo(
    () =>
      project
        ? pendingBySource(suggestions, project)
        : new Map([...suggestions.keys()].map((sourceId) => [sourceId, []])),
    [suggestions, project],
  );
  const sourceIds = useMemo(() => sources.map((source) => source.id), [sources]);
  const sourceById = useMemo(
    () => new Map(sources.map((source) => [source.id, source])),
    [sources],
  );
  const summaries = useMemo(() => summarizeSources(sources), [sources]);
  // Groups and verdicts are derived from the claims and the still-pending suggestions, never
  // stored, just after the change is painted and in slices (see useDerivedGroups).
  const toGroup = useMemo(
    () => ({ project, sources, suggestions: [...pending.values()].flat() }),
    [project, sources, pending],
  );
  const derived = useDerivedGroups(toGroup, gazetteer);
  const groups = useMemo(() => [...derived.groups, ...derived.fromSuggestions], [derived]);
  const flags = useMemo(() => flagsByItem(groups), [groups]);
  const credibilityById = useMemo(
    () =>
      new Map(
        (claims ?? []).flatMap((claim) =>
          claim.credibility ? [[claim.id, claim.credibility] as const] : [],
        ),
      ),
    [claims],
  );
  return {
    sources,
    sourceById,
    sourceIds,
    damaged,
    suggestions,
    pending,
    pendingCount: [...pending.values()].reduce((total, list) => total + list.length, 0),
    placements,
    events,
    summaries,
    derived,
    groups,
    flags,
    flaggedCount: derived.groups.filter(isFlagged).length,
    credibilityById,
  };
}
