import type { ClaimTarget } from '../model/claim';
import { anchor, orphanOf } from './anchor';
import { originalEdges } from './match';
import { searchQuote } from './quote-search';
import type { AnchorResult } from './types';

/** Characters searched on each side of where a claim should be before searching the whole text. */
export const NEAR_WINDOW = 1024;
/** The second, wider window of the drift path: the region a rewritten passage can have moved in. */
export const REGION_WINDOW = 8192;

/**
 * `anchor` on a slice of the text around where the claim should be: the same steps, but each
 * indexOf scans a few kilobytes instead of the whole source.
 */
export function anchorNear(
  text: string,
  target: ClaimTarget,
  from: number,
  to: number,
): AnchorResult {
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

/**
 * A claim near its expected place first, then in the whole text: the near search settles almost
 * every claim for a few kilobytes of scanning; the whole-text `anchor` runs only for claims not
 * found near, so its answers (the exact words anywhere beat "changed"; orphans) are unchanged.
 */
export function anchorNearThenAnywhere(
  text: string,
  hint: ClaimTarget,
  from: number,
  to: number,
): AnchorResult {
  const near = anchorNear(text, hint, from, to);
  if (near.status === 'anchored') return near;
  if (near.status === 'changed') {
    // anchor() prefers the exact words anywhere (with their context) over "changed" here.
    const moved = searchQuote(text, hint.quote, hint.position.start, originalEdges(hint.quote));
    return moved ? { status: 'anchored', ...moved, method: 'quote' } : near;
  }
  return anchor(text, hint);
}

/**
 * The drift path's per-claim search, bounded by work: near the expected place, then (when the
 * words are not there unchanged) in the surrounding region (REGION_WINDOW), then only the exact
 * words anywhere (one indexOf scan). It
 * skips `anchor`'s context search over the whole text, the one step that costs milliseconds per
 * claim on 1 MB: a claim whose words changed AND moved further than the region is an orphan for
 * the analyst to re-anchor, never a claim silently moved.
 */
function anchorInRegion(text: string, hint: ClaimTarget): AnchorResult {
  const { start, end } = hint.position;
  const near = anchorNear(text, hint, start - NEAR_WINDOW, end + NEAR_WINDOW);
  if (near.status === 'anchored') return near;
  // A "changed" near the guess may be a look-alike passage; the region ranks all candidates.
  const found = anchorNear(text, hint, start - REGION_WINDOW, end + REGION_WINDOW);
  if (found.status === 'anchored') return found;
  const moved = searchQuote(text, hint.quote, start, originalEdges(hint.quote));
  if (moved) return { status: 'anchored', ...moved, method: 'quote' };
  return found.status === 'changed' ? found : orphanOf(text, hint.quote.exact);
}

/**
 * Re-anchoring without an offset map (the revision diff was too large to compute): claims in
 * text order, each searched first around its old position shifted by the drift the previous
 * claim showed, then in its region, then its exact words anywhere (`anchorInRegion`). Work is
 * bounded per claim, so a revision that rewrote half the paragraphs stays about as fast as one
 * that changed a few. Results are in the order of `targets`.
 */
export function reanchorByDrift(text: string, targets: readonly ClaimTarget[]): AnchorResult[] {
  const order = targets.map((_, index) => index);
  order.sort((a, b) => targets[a]!.position.start - targets[b]!.position.start);
  const results: AnchorResult[] = new Array<AnchorResult>(targets.length);
  let drift = 0;
  for (const index of order) {
    const target = targets[index]!;
    const { position, quote } = target;
    const start = Math.max(0, Math.min(text.length, position.start + drift));
    const hint: ClaimTarget = {
      ...target,
      position: { ...position, start, end: start + quote.exact.length },
    };
    const result = quote.exact ? anchorInRegion(text, hint) : anchor(text, target);
    if (result.status !== 'orphan') drift = result.start - position.start;
    results[index] = result;
  }
  return results;
}
