import { claimsBySource, sameElements } from './claims-by-source';
import { anchor } from '../../core/anchoring';
import type { Claim } from '../../core/model/claim';
import type { Source } from '../../core/model/source';

export interface PlacedClaim {
  claim: Claim;
  start: number;
  end: number;
  /** The quoted words changed in this text ("at least 143" became "at least 150"). */
  changed?: { oldQuote: string; newQuote: string };
}

export interface OrphanClaim {
  claim: Claim;
  reason: string;
}

export interface SourceClaims {
  placed: PlacedClaim[];
  orphans: OrphanClaim[];
}

/**
 * Places a source's claims on its current text: derived on every render from the claims and the
 * text, never stored. A claim whose hash matches the text and whose quote sits at its position
 * costs one comparison; the rest go through core's bounded anchoring.
 */
export function placeClaims(source: Source, claims: readonly Claim[]): SourceClaims {
  const result: SourceClaims = { placed: [], orphans: [] };
  for (const claim of claims) {
    if (claim.target.sourceId !== source.id) continue;
    const { start, end } = claim.target.position;
    if (
      claim.target.contentHash === source.contentHash &&
      source.text.slice(start, end) === claim.target.quote.exact
    ) {
      result.placed.push({ claim, start, end });
      continue;
    }
    const found = anchor(source.text, claim.target);
    if (found.status === 'anchored')
      result.placed.push({ claim, start: found.start, end: found.end });
    else if (found.status === 'changed') {
      result.placed.push({
        claim,
        start: found.start,
        end: found.end,
        changed: { oldQuote: found.oldQuote, newQuote: found.newQuote },
      });
    } else result.orphans.push({ claim, reason: found.reason });
  }
  return result;
}

/** The last placement of each source, with the claims it was made from. */
const lastPlacement = new WeakMap<Source, { claims: readonly Claim[]; placed: SourceClaims }>();

/**
 * {@link placeClaims} for every source, the claims split by source in one pass. A source whose
 * claims are the very same values as last time keeps its placement (and so its highlights):
 * a tag re-places one source, not 200.
 */
export function placeAllClaims(
  sources: readonly Source[],
  claims: readonly Claim[],
): Map<string, SourceClaims> {
  const bySource = claimsBySource(claims);
  return new Map(
    sources.map((source) => {
      const own = bySource.get(source.id) ?? [];
      const last = lastPlacement.get(source);
      if (last && sameElements(last.claims, own)) return [source.id, last.placed];
      const placed = placeClaims(source, own);
      lastPlacement.set(source, { claims: own, placed });
      return [source.id, placed];
    }),
  );
}
