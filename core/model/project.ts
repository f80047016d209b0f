import type { Claim } from './claim';
import type { Block } from '../text/block';
import type { SourceMetadata } from './source';

/** The project file format version this build reads and writes. */
export const PROJECT_SCHEMA_VERSION = 1;

/**
 * A source as a project remembers it: not the text (that stays in its file or the corpus) but
 * enough to find it again and to know whether it changed (the content hash).
 */
export interface SourceRef {
  id: string;
  title: string;
  path?: string;
  contentHash: string;
  metadata: SourceMetadata;
  /**
   * The canonical text of a source the analyst imported or revised, carried by the project so it
   * opens anywhere. Absent for the shipped corpus, whose files the app reads.
   */
  content?: { text: string; blocks: Block[] };
}

/** A manual decision of the Compare view: these two claims are (not) about the same fact. */
export interface GroupDecision {
  kind: 'link' | 'unlink';
  claimIds: [string, string];
}

/** Everything an analyst saves: sources, claims and the decisions made about them. */
export interface Project {
  schemaVersion: typeof PROJECT_SCHEMA_VERSION;
  id: string;
  name: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  sources: SourceRef[];
  claims: Claim[];
  /** Suggestion ids the analyst dismissed, so re-extraction does not offer them again. */
  dismissedSuggestions: string[];
  /** Placeholder for the Compare issue: manual link/unlink decisions, applied in order. */
  groupDecisions: GroupDecision[];
  customTags: string[];
}

/** A new, empty project. Ids and times come from the caller so core stays deterministic. */
export function createProject(input: { id: string; name: string; now: string }): Project {
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id: input.id,
    name: input.name,
    created: input.now,
    modified: input.now,
    sources: [],
    claims: [],
    dismissedSuggestions: [],
    groupDecisions: [],
    customTags: [],
  };
}
