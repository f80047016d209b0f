import type { TextQuoteSelector } from '../model/claim';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * A quote at least this long that occurs once is trusted on its own, even when the words around
 * it were rewritten: it is a fingerprint. Shorter quotes ("143") need their context.
 */
export const DISTINCTIVE_QUOTE_LENGTH = 24;

/** Share of the stored context that must still surround a candidate for it to be trusted. */
export const CONTEXT_SUPPORT_RATIO = 0.5;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;

/** How many characters at the end of `a` equal the end of `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

/** How many characters at the start of `a` equal the start of `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

/** How much of a quote's stored prefix and suffix surrounds the span [start, end) of `text`. */
export interface ContextMatch {
  prefix: number;
  suffix: number;
}

/**
 * Measures the stored context against the text around a candidate span: characters of the
 * prefix that match going left from `start`, of the suffix going right from `end`. O(64).
 */
export function matchContext(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
): ContextMatch {
  return {
    prefix: commonSuffixLength(
      quote.prefix,
      text.slice(Math.max(0, start - quote.prefix.length), start),
    ),
    suffix: commonPrefixLength(quote.suffix, text.slice(end, end + quote.suffix.length)),
  };
}

/**
 * Whether the context supports a candidate: one side fully intact, or at least half of all the
 * stored context. Deliberately lenient on one side so an edit just after a quote still anchors,
 * and strict enough that a short quote found in unrelated words ("143" elsewhere) is refused.
 */
export function contextSupports(match: ContextMatch, quote: TextQuoteSelector): boolean {
  const available = quote.prefix.length + quote.suffix.length;
  if (available === 0) return true;
  if (quote.prefix.length > 0 && match.prefix === quote.prefix.length) return true;
  if (quote.suffix.length > 0 && match.suffix === quote.suffix.length) return true;
  return (match.prefix + match.suffix) / available >= CONTEXT_SUPPORT_RATIO;
}

/**
 * True when the character at `index` belongs to a word or number token: a letter, a digit, or a
 * "," / "." between two digits (the separators in "1,430" and "143.5").
 */
function isTokenChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const char = text.charAt(index);
  if (WORD_CHAR.test(char)) return true;
  return (
    (char === ',' || char === '.') &&
    DIGIT.test(text.charAt(index - 1)) &&
    DIGIT.test(text.charAt(index + 1))
  );
}

/** True when a span starting at `index` would cut a token: the characters on both sides belong to one. */
export function continuesBefore(text: string, index: number): boolean {
  return isTokenChar(text, index) && isTokenChar(text, index - 1);
}

/** True when a span ending at `end` would cut a token ("143" inside "1430" or "143.5"). */
export function continuesAfter(text: string, end: number): boolean {
  return isTokenChar(text, end - 1) && isTokenChar(text, end);
}

/** Whether the original quote started / ended inside a token (the analyst selected mid-word). */
export interface OriginalEdges {
  before: boolean;
  after: boolean;
}

/** The token-continuation flags of the quote as it was described, from its own context. */
export function originalEdges(quote: TextQuoteSelector): OriginalEdges {
  const whole = quote.prefix + quote.exact + quote.suffix;
  return {
    before: continuesBefore(whole, quote.prefix.length),
    after: continuesAfter(whole, quote.prefix.length + quote.exact.length),
  };
}

/**
 * Whether [start, end) sits on the same token edges as the original quote, so "143" is never
 * matched inside "1430" or "1,143" unless the analyst selected it that way.
 */
export function edgesConsistent(
  text: string,
  start: number,
  end: number,
  edges: OriginalEdges,
): boolean {
  if (!edges.before && continuesBefore(text, start)) return false;
  if (!edges.after && continuesAfter(text, end)) return false;
  return true;
}

/** True when the quote is exactly at [start, end), on consistent edges, supported by context. */
export function verifiedAt(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
  edges: OriginalEdges,
): boolean {
  if (start < 0 || end > text.length || end - start !== quote.exact.length) return false;
  if (text.slice(start, end) !== quote.exact) return false;
  if (!edgesConsistent(text, start, end, edges)) return false;
  return contextSupports(matchContext(text, start, end, quote), quote);
}
