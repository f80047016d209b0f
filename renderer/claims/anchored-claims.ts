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

/** Where one claim sits on one source text: placed (maybe changed) or an orphan. */
type Placement = { placed: PlacedClaim } | { orphan: OrphanClaim };

/** Each claim's last placement, with the source (text) it was placed on. */
const lastOfClaim = new WeakMap<Claim, { source: Source; placement: Placement }>();

/** Where `claim` sits on `source`: kept while both are the same values as last time. */
function placementOf(source: Source, claim: Claim): Placement {
  const known = lastOfClaim.get(claim);
  if (known?.source === source) return known.placement;
  const placement = placeOne(source, claim);
  lastOfClaim.set(claim, { source, placement });
  return placement;
}

function placeOne(source: Source, claim: Claim): Placement {
  const { start, end } = claim.target.position;
  if (
    claim.target.contentHash === source.contentHash &&
    source.text.slice(start, end) === claim.target.quote.exact
  )
    return { placed: { claim, start, end } };
  const found = anchor(source.text, claim.target);
  if (found.status === 'anchored') return { placed: { claim, start: found.start, end: found.end } };
  if (found.status === 'changed')
    return {
      placed: {
        claim,
        start: found.start,
        end: found.end,
        changed: { oldQuote: found.oldQuote, newQuote: found.newQuote },
      },
    };
  return { orphan: { claim, reason: found.reason } };
}

/**
 * Places a source's claims on its current text: derived on every render from the claims and the
 * text, never stored. A claim whose hash matches the text and whose quote sits at its position
 * costs one comparison; the rest go through core's bounded anchoring. Each claim keeps its
 * placement (the same object) while it and the source are unchanged, so a tag on a source of
 * 5,000 claims places one claim, and whatever is drawn per placement can be kept too.
 */
export function placeClaims(source: Source, claims: readonly Claim[]): SourceClaims {
  const result: SourceClaims = { placed: [], orphans: [] };
  for (const claim of claims) {
    if (claim.target.sourceId !== source.id) continue;
    const placement = placementOf(source, claim);
    if ('placed' in placement) result.placed.push(placement.placed);
    else result.orphans.push(placement.orphan);
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
