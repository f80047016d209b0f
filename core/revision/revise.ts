import { describe } from '../anchoring/describe';
import { reanchorAll } from '../anchoring/reanchor';
import type { AnchorResult } from '../anchoring/types';
import type { Claim, ClaimRevision } from '../model/claim';
import type { Source } from '../model/source';

/** How a revision treated the claims of the revised source. */
export interface RevisionCounts {
  /** Same words, now at other offsets (text was inserted or removed before them). */
  moved: number;
  /** The passage is there but the quoted words differ ("143" became "150"): flagged. */
  changed: number;
  /** The passage is gone or no longer recognisable: flagged, target left on the old text. */
  orphaned: number;
  /** Same words at the same offsets. */
  unchanged: number;
}

export interface RevisionReport extends RevisionCounts {
  /** Every claim given, in order: the revised source's claims updated, the others untouched. */
  updatedClaims: Claim[];
}

/** The flag a `changed` result leaves, carrying the words first tagged across revisions. */
function changedFlag(
  claim: Claim,
  newQuote: string,
  oldQuote: string,
  now: string,
): ClaimRevision | undefined {
  const tagged = claim.revision?.oldQuote ?? oldQuote;
  // Revised back to the words the analyst tagged: nothing left to review.
  if (newQuote === tagged) return undefined;
  return { status: 'changed', oldQuote: tagged, newQuote, at: now };
}

/** One claim after the revision, and which count it adds to. */
function revised(
  claim: Claim,
  result: AnchorResult,
  next: Source,
  now: string,
): { claim: Claim; outcome: keyof RevisionCounts } {
  if (result.status === 'orphan') {
    const revision: ClaimRevision = {
      status: 'orphaned',
      oldQuote: claim.revision?.oldQuote ?? claim.target.quote.exact,
      reason: result.reason,
      at: now,
    };
    return { claim: { ...claim, revision, modified: now }, outcome: 'orphaned' };
  }
  const target = describe(next.text, result.start, result.end, next.id, next.contentHash);
  const { revision: _previous, ...rest } = claim;
  let revision = claim.revision?.status === 'changed' ? claim.revision : undefined;
  if (result.status === 'changed')
    revision = changedFlag(claim, result.newQuote, result.oldQuote, now);
  const updated: Claim = { ...rest, target, modified: now, ...(revision ? { revision } : {}) };
  if (result.status === 'changed' && revision) return { claim: updated, outcome: 'changed' };
  const same =
    result.start === claim.target.position.start && result.end === claim.target.position.end;
  return { claim: updated, outcome: same ? 'unchanged' : 'moved' };
}

/**
 * Carries an analyst's claims over to a new revision of a source (a re-import, an updated
 * article). One `reanchorAll` pass (one bounded diff, then per-claim checks) finds each claim:
 * - found with the same words: its target is re-described on the new text (new offsets,
 *   context and content hash); `moved` or `unchanged`;
 * - found but the words differ: the target moves onto the new words and the claim is flagged
 *   `revision.status = 'changed'` with the old and new quote. The value is left as the analyst
 *   entered it: "at least 143" revised to "at least 150" is never silently turned into 150;
 * - not found: flagged `orphaned` with the reason; its target still describes the old text
 *   (the old hash says so), since pointing it anywhere in the new text would be a guess.
 * A previously flagged claim keeps the first words tagged as `oldQuote`. Claims of other sources
 * pass through untouched. `now` stamps `modified` and `revision.at` (core takes no clock).
 * Trade-off: a claim whose passage was rewritten around the same words is orphaned rather than
 * trusted, as `anchor` decides; the analyst re-anchors it in one click instead of trusting a
 * claim on text that may no longer say it.
 */
export function reviseSource(
  oldSource: Source,
  newSource: Source,
  claims: readonly Claim[],
  now: string,
): RevisionReport {
  const counts: RevisionCounts = { moved: 0, changed: 0, orphaned: 0, unchanged: 0 };
  const mine = claims.filter((claim) => claim.target.sourceId === oldSource.id);
  if (oldSource.contentHash === newSource.contentHash && oldSource.id === newSource.id) {
    counts.unchanged = mine.length;
    return { ...counts, updatedClaims: [...claims] };
  }
  const results = reanchorAll(
    oldSource.text,
    newSource.text,
    mine.map((claim) => claim.target),
  );
  const byClaim = new Map<Claim, Claim>();
  mine.forEach((claim, index) => {
    const { claim: updated, outcome } = revised(claim, results[index]!, newSource, now);
    counts[outcome] += 1;
    byClaim.set(claim, updated);
  });
  return { ...counts, updatedClaims: claims.map((claim) => byClaim.get(claim) ?? claim) };
}
