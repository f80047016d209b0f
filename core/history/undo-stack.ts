/** Default number of undo steps kept. Older steps are forgotten first. */
export const DEFAULT_HISTORY_DEPTH = 500;

/** One step: the state on the other side of the change, and what the change was called. */
export interface HistoryEntry<T> {
  state: T;
  label: string;
}

/**
 * An undo/redo history of immutable states. States share structure (claim-ops copy only what
 * changes), so keeping 500 whole states costs far less than 500 copies; in exchange there are
 * no inverse operations to get wrong.
 */
export interface History<T> {
  /** Older states, oldest first; each label names the change made after that state. */
  past: readonly HistoryEntry<T>[];
  present: T;
  /** Undone states, next redo first; each label names the change that leads to that state. */
  future: readonly HistoryEntry<T>[];
  depth: number;
}

/** Starts a history at `initial`, keeping at most `depth` undo steps. */
export function createHistory<T>(initial: T, depth = DEFAULT_HISTORY_DEPTH): History<T> {
  return { past: [], present: initial, future: [], depth: Math.max(1, Math.floor(depth)) };
}

/**
 * Records `next` as the new present, labelled for the Undo menu ("Add claim"). Committing the
 * same object is a no-op (an update of an unknown claim returns the same project), and any
 * redo steps are dropped, as in every editor: a new change starts a new branch.
 */
export function commit<T>(history: History<T>, next: T, label: string): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, { state: history.present, label }];
  if (past.length > history.depth) past.splice(0, past.length - history.depth);
  return { ...history, past, present: next, future: [] };
}

/** Goes back one step; with nothing to undo it returns the same history. */
export function undo<T>(history: History<T>): History<T> {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: last.state,
    future: [{ state: history.present, label: last.label }, ...history.future],
  };
}

/** Goes forward one undone step; with nothing to redo it returns the same history. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return {
    ...history,
    past: [...history.past, { state: history.present, label: next.label }],
    present: next.state,
    future: rest,
  };
}

/** True when there is a step to undo. */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

/** True when there is an undone step to redo. */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** The label of the change Undo would revert ("Add claim"), for the menu; null if none. */
export function undoLabel<T>(history: History<T>): string | null {
  return history.past[history.past.length - 1]?.label ?? null;
}

/** The label of the change Redo would re-apply; null if none. */
export function redoLabel<T>(history: History<T>): string | null {
  return history.future[0]?.label ?? null;
}
