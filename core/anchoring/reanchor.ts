import type { ClaimTarget } from '../model/claim';
import { anchor, shorten } from './anchor';
import { diffRevision, MAX_DIFF_EDITS } from './bounded-diff';
import { originalEdges, verifiedAt } from './match';
import { anchorNearThenAnywhere, NEAR_WINDOW, reanchorByDrift } from './near-anchor';
import { changedAt, changedFromOwnWords } from './provenance';
import {
  insideCommon,
  mapApproximate,
  mapEnd,
  mapStart,
  toSegments,
  type Segment,
} from './segments';
import type { AnchorResult } from './types';

/** Length of the run both strings share at their start. Plain loop: no allocation. */
function sharedHead(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

/** Length of the run both strings share at their end, not overlapping `head`. */
function sharedTail(a: string, b: string, head: number): number {
  const max = Math.min(a.length, b.length) - head;
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

/**
 * A lower bound on the number of line edits between two texts: lines that occur on one side only
 * (each costs at least one insertion or deletion). Linear, so the diff is skipped before it runs
 * when it would have to do more work than MAX_DIFF_EDITS allows.
 */
export function changedLinesAtLeast(oldText: string, newText: string): number {
  const oldLines = new Set(oldText.split('\n'));
  const newLines = new Set(newText.split('\n'));
  let changed = 0;
  for (const line of oldLines) if (!newLines.has(line)) changed += 1;
  for (const line of newLines) if (!oldLines.has(line)) changed += 1;
  return changed;
}

/**
 * The offset map between two revisions: the shared head and tail are taken as they are, the
 * middle goes through ONE bounded paragraph diff. `null` when the texts differ in more lines
 * than MAX_DIFF_EDITS (checked in linear time before diffing) or the diff gives up anyway (its
 * time limit is a safety net), in which case callers anchor each claim on its own.
 */
export function revisionSegments(oldText: string, newText: string): Segment[] | null {
  const head = sharedHead(oldText, newText);
  const tail = sharedTail(oldText, newText, head);
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);
  // Bounded by work, not by the clock: a revision with more edits than the diff may take skips it.
  if (changedLinesAtLeast(oldMiddle, newMiddle) > MAX_DIFF_EDITS) return null;
  const segments: Segment[] = [];
  if (head > 0)
    segments.push({ oldStart: 0, oldEnd: head, newStart: 0, newEnd: head, common: true });
  if (oldMiddle || newMiddle) {
    let middle: Segment[];
    if (!oldMiddle || !newMiddle) {
      middle = [
        {
          oldStart: head,
          oldEnd: head + oldMiddle.length,
          newStart: head,
          newEnd: head + newMiddle.length,
          common: false,
        },
      ];
    } else {
      const changes = diffRevision(oldMiddle, newMiddle);
      if (!changes) return null;
      middle = toSegments(changes, head, head);
    }
    segments.push(...middle);
  }
  if (tail > 0) {
    segments.push({
      oldStart: oldText.length - tail,
      oldEnd: oldText.length,
      newStart: newText.length - tail,
      newEnd: newText.length,
      common: true,
    });
  }
  return segments;
}

/**
 * Re-anchors many claims after a source was revised. One bounded diff of the two revisions maps
 * every claim that sits in unchanged text in O(log n) plus an O(64) check of its quote and
 * context; only claims in edited paragraphs (or whose stored quote does not match `oldText`) go
 * through `anchor` individually, with the mapped position as their hint; a "changed" answer is kept
 only when the diff says its new words came from the claim's own (`changedFromOwnWords`), else it is an
 orphan. If the revision is too
 * different for the diff (see `revisionSegments`), claims are searched near their drifted old
 * position (`reanchorByDrift`): bounded per claim, not by a clock. Results are in the order
 * of `targets`. Trade-off: the diff is per paragraph, so a claim in a paragraph with an unrelated
 * edit pays for a quote search; that keeps 1,000 claims on 1 MB well under 200 ms.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  targets: readonly ClaimTarget[],
): AnchorResult[] {
  if (oldText === newText) return targets.map((target) => anchor(newText, target));
  const segments = revisionSegments(oldText, newText);
  if (!segments) return reanchorByDrift(newText, targets);
  return targets.map((target) => {
    const { quote, position } = target;
    if (!quote.exact || oldText.slice(position.start, position.end) !== quote.exact) {
      return anchor(newText, target);
    }
    if (insideCommon(segments, position.start, position.end)) {
      const start = mapStart(segments, position.start);
      const end = mapEnd(segments, position.end);
      if (verifiedAt(newText, start, end, quote, originalEdges(quote))) {
        return { status: 'anchored', start, end, method: 'position' };
      }
    }
    const hintStart = mapApproximate(segments, position.start);
    const hint: ClaimTarget = {
      ...target,
      position: { ...position, start: hintStart, end: hintStart + quote.exact.length },
    };
    const result = anchorNearThenAnywhere(
      newText,
      hint,
      mapStart(segments, position.start) - NEAR_WINDOW,
      mapEnd(segments, position.end) + NEAR_WINDOW,
    );
    if (result.status !== 'changed') return result;
    const own = changedFromOwnWords(oldText, newText, segments, {
      newStart: result.start,
      newEnd: result.end,
      oldStart: position.start,
      oldEnd: position.end,
    });
    if (!own) return notFromItsWords(quote.exact);
    return own.start === result.start && own.end === result.end
      ? result
      : changedAt(newText, quote.exact, own);
    return result;
  });
}

/**
 * The orphan for a claim whose context search proposed words the revision diff says it never
 * had (its paragraph deleted, the neighbour's unedited sentence in its place), or whose words
 * went in a hunk with their surroundings so that no new words are theirs alone.
 */
function notFromItsWords(exact: string): AnchorResult {
  return {
    status: 'orphan',
    reason: `"${shorten(exact)}" was deleted or rewritten together with the text around it, so no new words can be said to replace it. Re-read the passage and tag the claim again.`,
  };
}
