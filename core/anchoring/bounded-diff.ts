import { diffChars, diffLines, diffWordsWithSpace, type Change } from 'diff';

/** Most line edits the revision diff is asked to find; beyond it claims follow their drift. */
export const MAX_DIFF_EDITS = 400;

/** Time limit of a diff over a small window around one claim. */
export const WINDOW_DIFF_TIMEOUT_MS = 50;
/** Time limit of the single diff between two revisions of a whole source. */
export const REVISION_DIFF_TIMEOUT_MS = 150;

/**
 * Word-level diff of a small window (context + quote against the text where it should be).
 * Words, spaces and punctuation are tokens and the values concatenate back to the inputs
 * exactly, which offset mapping needs (plain `diffWords` rewrites whitespace). Bounded by time
 * and by edit length; `undefined` means "too different to compare", never a partial answer.
 */
export function diffWindow(oldText: string, newText: string): Change[] | undefined {
  const maxEditLength = oldText.length + newText.length;
  return diffWordsWithSpace(oldText, newText, { timeout: WINDOW_DIFF_TIMEOUT_MS, maxEditLength });
}

/**
 * Line-level diff of two revisions. Canonical text is one line per paragraph, so this is a
 * paragraph diff: about 10x faster than a word diff on 1 MB, at the price of coarser hunks (a
 * claim in an edited paragraph is then anchored on its own). Bounded by time and edit length.
 */
export function diffRevision(oldText: string, newText: string): Change[] | undefined {
  return diffLines(oldText, newText, {
    timeout: REVISION_DIFF_TIMEOUT_MS,
    maxEditLength: 2 * MAX_DIFF_EDITS,
  });
}

/** Longest paragraph hunk (old plus new characters) that `diffHunk` refines. */
export const MAX_HUNK_REFINE = 20_000;

/**
 * Character-level diff of one paragraph hunk, to tell which of its new characters were kept
 * from elsewhere in it and which replaced a claim's words. Characters, not words: a word diff
 * calls "flood" -> "lood" a replacement, hiding that "lood" was kept. Bounded by time and edit
 * length; `undefined` when the hunk is too long or too different.
 */
export function diffHunk(oldText: string, newText: string): Change[] | undefined {
  if (oldText.length + newText.length > MAX_HUNK_REFINE) return undefined;
  const maxEditLength = oldText.length + newText.length;
  return diffChars(oldText, newText, { timeout: WINDOW_DIFF_TIMEOUT_MS, maxEditLength });
}
