import type { TextQuoteSelector } from '../model/claim';
import {
  DISTINCTIVE_QUOTE_LENGTH,
  contextSupports,
  edgesConsistent,
  matchContext,
  type OriginalEdges,
} from './match';

/** Most occurrences of one quote that a search scores; keeps a pathological quote bounded. */
export const MAX_OCCURRENCES = 10_000;

/** The span an exact-quote search settled on. */
export interface QuoteHit {
  start: number;
  end: number;
}

/**
 * Finds the exact quote anywhere in the text and picks the occurrence whose stored context
 * matches best, then the one nearest the old position. An occurrence is accepted only when its
 * context supports it, or when it is the only one and long enough to be a fingerprint: a short
 * quote ("143") found among other words is a different fact, not the claim. Cost: one indexOf
 * scan plus O(64) per occurrence, at most MAX_OCCURRENCES of them.
 */
export function searchQuote(
  text: string,
  quote: TextQuoteSelector,
  oldStart: number,
  edges: OriginalEdges,
): QuoteHit | null {
  const { exact } = quote;
  if (!exact) return null;
  let best: { start: number; score: number; distance: number; supported: boolean } | null = null;
  let found = 0;
  let from = 0;
  let scanned = 0;
  while (scanned < MAX_OCCURRENCES) {
    const at = text.indexOf(exact, from);
    if (at < 0) break;
    scanned += 1;
    from = at + 1;
    const end = at + exact.length;
    if (!edgesConsistent(text, at, end, edges)) continue;
    found += 1;
    const match = matchContext(text, at, end, quote);
    const candidate = {
      start: at,
      score: match.prefix + match.suffix,
      distance: Math.abs(at - oldStart),
      supported: contextSupports(match, quote),
    };
    if (
      !best ||
      candidate.score > best.score ||
      (candidate.score === best.score && candidate.distance < best.distance)
    ) {
      best = candidate;
    }
  }
  if (!best) return null;
  const fingerprint = found === 1 && exact.length >= DISTINCTIVE_QUOTE_LENGTH;
  if (!best.supported && !fingerprint) return null;
  return { start: best.start, end: best.start + exact.length };
}
