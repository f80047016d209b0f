import type { ClaimTarget } from '../model/claim';
import { searchContext } from './context-search';
import { originalEdges, verifiedAt } from './match';
import { searchQuote } from './quote-search';
import type { AnchorResult } from './types';

/**
 * Finds a claim in a text, cheapest step first and every step bounded:
 * 1. the stored position, if the exact quote is still there with its context (O(64));
 * 2. the exact quote anywhere, choosing by context then nearness (one indexOf scan);
 * 3. the context around the quote, with one small bounded word diff, to report either the same
 *    words (`anchored`) or different ones (`changed`: "at least 143" became "at least 150");
 * 4. otherwise `orphan`, with the reason.
 * Trade-off: a claim whose quote survives but whose context was rewritten on both sides is
 * refused unless the quote is long and unique; we prefer an orphan the analyst re-anchors to a
 * claim silently sitting on a different fact.
 */
export function anchor(text: string, target: ClaimTarget): AnchorResult {
  const { quote, position } = target;
  if (!quote.exact) {
    return {
      status: 'orphan',
      reason: 'The claim has no quoted words to look for. Select the text again.',
    };
  }
  const edges = originalEdges(quote);
  if (verifiedAt(text, position.start, position.end, quote, edges)) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position' };
  }
  const hit = searchQuote(text, quote, position.start, edges);
  if (hit) {
    const method = hit.start === position.start ? 'position' : 'quote';
    return { status: 'anchored', start: hit.start, end: hit.end, method };
  }
  const byContext = searchContext(text, quote, position.start, edges);
  if (byContext) return byContext;
  return orphanOf(text, quote.exact);
}

/** The orphan result for `exact` in `text`, with a reason the analyst can act on. */
export function orphanOf(text: string, exact: string): AnchorResult {
  return {
    status: 'orphan',
    reason: text.includes(exact)
      ? `"${shorten(exact)}" still occurs, but not in the passage the claim came from. Check the source and re-anchor the claim.`
      : `"${shorten(exact)}" and the passage around it are no longer in the source.`,
  };
}

/** Keeps reasons readable when the quote is long: the quote clipped to 60 characters. */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
