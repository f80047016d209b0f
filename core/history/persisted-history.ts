import type { Project } from '../model/project';
import { concatenated } from '../io/element-json';
import { parseProject, parseProjectValue, serializeProjectPieces } from '../io/project-file';
import {
  createHistory,
  DEFAULT_HISTORY_DEPTH,
  type History,
  type HistoryEntry,
} from './undo-stack';

/** Identifies the stored undo history format. */
export const UNDO_HISTORY_FORMAT = 'corroborate-undo-history';
/**
 * 2 carries each state as the project's JSON itself; 1 carried it as a JSON string of that JSON,
 * which is still read.
 */
export const UNDO_HISTORY_VERSION = 2;
/** Stored history is capped at this many characters; the oldest steps are dropped first. */
export const UNDO_HISTORY_BUDGET = 8_000_000;

interface StoredEntry {
  label: string;
  /** The project as its JSON (version 2), or that JSON as a string (version 1). */
  state: unknown;
}

interface StoredHistory {
  format: typeof UNDO_HISTORY_FORMAT;
  version: number;
  /** The present state it belongs to; a history is only restored onto that exact project. */
  present: string;
  past: StoredEntry[];
  future: StoredEntry[];
}

/** The key of a project state: restoring history onto any other state would undo the wrong thing. */
function stateKey(project: Project): string {
  return `${project.id}|${project.modified}|${project.claims.length}`;
}

/**
 * Serialised undo states, by state. History states are immutable snapshots and the same ones are
 * written at every autosave (each is ~5 MB of checked JSON on a large project), so each is
 * serialised once. It goes into the history as it is, a JSON value inside the JSON: quoting it
 * as a string (version 1) took 100-200 ms in one task for the state each tag put in the past.
 */
const serializedStates = new WeakMap<Project, SerializedState>();

/** A state's JSON as the pieces serializeProjectPieces gives, with their length in all. */
interface SerializedState {
  pieces: readonly string[];
  length: number;
}

function serializedState(project: Project): SerializedState {
  let known = serializedStates.get(project);
  if (known === undefined) {
    const pieces = serializeProjectPieces(project);
    known = { pieces, length: pieces.reduce((sum, piece) => sum + piece.length, 0) };
    serializedStates.set(project, known);
  }
  return known;
}

/** A kept entry: its label and its state's JSON. */
interface KeptEntry {
  label: string;
  state: SerializedState;
}

/** Keeps the entries nearest the present (the end of `entries` when `fromEnd`) within `budget`. */
function withinBudget(
  entries: readonly HistoryEntry<Project>[],
  budget: number,
  fromEnd: boolean,
): { kept: KeptEntry[]; used: number } {
  const ordered = fromEnd ? [...entries].reverse() : [...entries];
  const kept: KeptEntry[] = [];
  let used = 0;
  for (const entry of ordered) {
    const state = serializedState(entry.state);
    if (used + state.length > budget) break;
    used += state.length;
    kept.push({ label: entry.label, state });
  }
  return { kept: fromEnd ? kept.reverse() : kept, used };
}

/**
 * A list of kept entries as JSON pieces: StoredEntry[] with each state's JSON written in place
 * (never joined into one string here: see concatenated).
 */
function entriesPieces(entries: readonly KeptEntry[]): string[] {
  const pieces = ['['];
  entries.forEach(({ label, state }, index) => {
    pieces.push(
      `${index ? ',' : ''}{"label":${JSON.stringify(label)},"state":`,
      ...state.pieces,
      '}',
    );
  });
  pieces.push(']');
  return pieces;
}

/**
 * Serialises an undo history so that undo survives a reload or a crash. The budget is shared
 * between undo and redo steps, nearest steps first; what does not fit is forgotten, which costs
 * the analyst old undo steps and never the project itself (saved separately).
 */
export function serializeHistory(history: History<Project>, budget = UNDO_HISTORY_BUDGET): string {
  return concatenated(serializeHistoryPieces(history, budget));
}

/**
 * {@link serializeHistory} as pieces to be written one after another (the same bytes), for a
 * store that hands them on without copying the whole text into one string.
 */
export function serializeHistoryPieces(
  history: History<Project>,
  budget = UNDO_HISTORY_BUDGET,
): string[] {
  const past = withinBudget(history.past, budget, true);
  const future = withinBudget(history.future, budget - past.used, false);
  // StoredHistory, key for key, with each state's JSON (made once per state) in place.
  const head: Omit<StoredHistory, 'past' | 'future'> = {
    format: UNDO_HISTORY_FORMAT,
    version: UNDO_HISTORY_VERSION,
    present: stateKey(history.present),
  };
  const opening = JSON.stringify(head).slice(0, -1);
  return [
    `${opening},"past":`,
    ...entriesPieces(past.kept),
    ',"future":',
    ...entriesPieces(future.kept),
    '}',
  ];
}

function restoreEntries(entries: unknown): HistoryEntry<Project>[] | null {
  if (!Array.isArray(entries)) return null;
  const restored: HistoryEntry<Project>[] = [];
  for (const entry of entries as Partial<StoredEntry>[]) {
    if (typeof entry?.label !== 'string') return null;
    const { state } = entry;
    const project = typeof state === 'string' ? parseProject(state) : parseProjectValue(state);
    if (!project.ok) return null;
    restored.push({ label: entry.label, state: project.value });
  }
  return restored;
}

/**
 * Rebuilds the undo history stored for `present`. Anything that does not fit (another project, a
 * later save without history, a damaged or unknown format) gives a fresh history: losing undo
 * steps is acceptable, undoing onto the wrong state is not.
 */
export function restoreHistory(
  text: string | null,
  present: Project,
  depth = DEFAULT_HISTORY_DEPTH,
): History<Project> {
  const fresh = createHistory(present, depth);
  if (!text) return fresh;
  let stored: Partial<StoredHistory>;
  try {
    stored = JSON.parse(text) as Partial<StoredHistory>;
  } catch {
    return fresh;
  }
  if (
    stored.format !== UNDO_HISTORY_FORMAT ||
    (stored.version !== 1 && stored.version !== UNDO_HISTORY_VERSION) ||
    stored.present !== stateKey(present)
  )
    return fresh;
  const past = restoreEntries(stored.past);
  const future = restoreEntries(stored.future);
  if (!past || !future) return fresh;
  return { ...fresh, past: past.slice(-fresh.depth), future };
}
