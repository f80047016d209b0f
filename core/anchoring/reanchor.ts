import type { ClaimTarget } from '../model/claim';
import { anchor } from './anchor';
import { diffRevision } from './bounded-diff';
import { originalEdges, verifiedAt } from './match';
import { searchQuote } from './quote-search';
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
 * The offset map between two revisions: the shared head and tail are taken as they are, the
 * middle goes through ONE bounded paragraph diff. `null` when that diff gives up (time or edit
 * length), in which case callers anchor each claim on its own.
 */
export function revisionSegments(oldText: string, newText: string): Segment[] | null {
  const head = sharedHead(oldText, newText);
  const tail = sharedTail(oldText, newText, head);
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);
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
 * through `anchor` individually, with the mapped position as their hint. If the revision diff
 * gives up, every claim falls back to `anchor`: slower, same answers. Results are in the order
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
  if (!segments) return targets.map((target) => anchor(newText, target));
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
    const near = anchorNear(
      newText,
      hint,
      mapStart(segments, position.start) - NEAR_WINDOW,
      mapEnd(segments, position.end) + NEAR_WINDOW,
    );
    if (near.status === 'anchored') return near;
    if (near.status === 'changed') {
      // anchor() prefers the exact words anywhere (with their context) over "changed" here.
      const moved = searchQuote(newText, quote, hintStart, originalEdges(quote));
      return moved ? { status: 'anchored', ...moved, method: 'quote' } : near;
    }
    return anchor(newText, hint);
  });
}

/** Characters searched on each side of an edited paragraph before searching the whole text. */
const NEAR_WINDOW = 1024;

/**
 * `anchor` on a slice of the text around where the claim should be: the same steps, but each
 * indexOf scans a few kilobytes instead of the whole source.
 */
function anchorNear(text: string, target: ClaimTarget, from: number, to: number): AnchorResult {
  const start = Math.max(0, from);
  const end = Math.min(text.length, Math.max(to, start));
  const shifted: ClaimTarget = {
    ...target,
    position: {
      ...target.position,
      start: target.position.start - start,
      end: target.position.end - start,
    },
  };
  const result = anchor(text.slice(start, end), shifted);
  if (result.status === 'orphan') return result;
  return { ...result, start: result.start + start, end: result.end + start };
}
