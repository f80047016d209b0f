import { diffHunk, diffWindow } from './bounded-diff';
import { cameFrom, mapEnd, mapStart, toSegments, type Segment } from './segments';
import type { AnchorResult } from './types';

/**
 * A character diff keeps every common run (only runs of spaces between two hunks are folded):
 * folding short runs would credit a claim with a neighbour's first letters ("the1 more2" ->
 * " mLATER"). The price: letters two unrelated words share by chance split a hunk, and a claim
 * rewritten together with its neighbours is more often an orphan than a "changed".
 */
const COINCIDENCE_RUN = 1;

/** Old and new ranges of the paragraph-diff segments that old [start, end) touches. */
function regionOf(segments: readonly Segment[], start: number, end: number): Segment | null {
  let first = -1;
  let last = -1;
  segments.forEach((s, i) => {
    if (s.oldEnd >= start && s.oldStart <= end && !(s.common && s.oldEnd === start && i > 0)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return null;
  const a = segments[first]!;
  const b = segments[last]!;
  return {
    oldStart: a.oldStart,
    oldEnd: b.oldEnd,
    newStart: a.newStart,
    newEnd: b.newEnd,
    common: false,
  };
}

/**
 * What the revision diff says became of a claim's old words [oldStart, oldEnd) whose context
 * search answered "changed" at new [start, end). The answer stands when every new character
 * came from the claim's words (`cameFrom`), by the paragraph diff and then by a character diff
 * of the edited paragraphs (a paragraph hunk alone credits the claim with its whole
 * paragraph). Otherwise the claim's words are mapped through a word diff of those paragraphs
 * and that span is the "changed" answer if the character diff confirms it; else `null`: the
 * caller makes the claim an orphan rather than put it on words it never had. Runs only for
 * "changed" claims, each diff bounded (MAX_HUNK_REFINE, a time limit).
 */
export function changedFromOwnWords(
  oldText: string,
  newText: string,
  segments: readonly Segment[],
  span: { newStart: number; newEnd: number; oldStart: number; oldEnd: number },
): { start: number; end: number } | null {
  const { newStart, newEnd, oldStart, oldEnd } = span;
  const region = regionOf(segments, oldStart, oldEnd);
  if (!region) return null;
  const before = oldText.slice(region.oldStart, region.oldEnd);
  const after = newText.slice(region.newStart, region.newEnd);
  const chars = diffHunk(before, after);
  if (!chars) return null;
  const fine = toSegments(chars, region.oldStart, region.newStart, COINCIDENCE_RUN);
  if (cameFrom(segments, newStart, newEnd, oldStart, oldEnd)) {
    if (newStart >= region.newStart && newEnd <= region.newEnd) {
      if (cameFrom(fine, newStart, newEnd, oldStart, oldEnd))
        return { start: newStart, end: newEnd };
    }
  }
  const words = diffWindow(before, after);
  if (!words) return null;
  const mapped = toSegments(words, region.oldStart, region.newStart);
  let start = mapStart(mapped, oldStart);
  let end = mapEnd(mapped, oldEnd);
  while (start < end && /\s/.test(newText.charAt(start))) start += 1;
  while (end > start && /\s/.test(newText.charAt(end - 1))) end -= 1;
  if (end <= start || !cameFrom(fine, start, end, oldStart, oldEnd)) return null;
  return { start, end };
}

/** The "changed" answer moved onto `span` of the new text, or anchored if its words are back. */
export function changedAt(
  text: string,
  oldQuote: string,
  span: { start: number; end: number },
): AnchorResult {
  const newQuote = text.slice(span.start, span.end);
  if (newQuote === oldQuote) return { status: 'anchored', ...span, method: 'context' };
  return { status: 'changed', ...span, oldQuote, newQuote };
}
