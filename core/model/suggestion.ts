import type { ClaimType, ClaimValue } from './claim';

/**
 * A claim Corroborate found by itself. The analyst accepts it (it becomes a Claim with these
 * fields pre-filled) or dismisses it. Offsets are UTF-16 [start, end) into the source text.
 */
export interface Suggestion {
  /** Deterministic id: `${sourceId}:${type}:${start}-${end}`, so dismissals survive re-extraction. */
  id: string;
  sourceId: string;
  type: ClaimType;
  start: number;
  end: number;
  quote: string;
  measure: string;
  subject?: string;
  /** The counted noun as written ("plots", "American soldiers"), when the figure has one. */
  unit?: string;
  value: ClaimValue | null;
  /** Who says it ("the FSB head", "the US"); empty when the source itself says it. */
  attributedTo: string;
  /** For attributions: who is held responsible. */
  attributedTarget?: string;
  /** The named event, place or date nearby ("Crocus City Hall", "Kabul airport"). */
  eventCue: string;
  /** ISO date or partial date associated with the claim's event, when one is found. */
  eventDate?: string;
}
