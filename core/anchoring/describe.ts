import type { ClaimTarget } from '../model/claim';
import { CONTEXT_LENGTH } from './match';

/** True for the second half of a UTF-16 surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True for the first half of a UTF-16 surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Describes the span [start, end) of `text` as a claim target: the exact quote with up to
 * CONTEXT_LENGTH (32) characters of prefix and suffix, plus the offsets and the content hash.
 * Storing both selectors lets `anchor` try the cheap position first and fall back to the words
 * when the text is revised. Context edges never split a surrogate pair (the context may then be
 * one code unit shorter). Bad offsets are a programming error, so they throw a RangeError
 * rather than produce a target that can never anchor.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  sourceId: string,
  contentHash: string,
): ClaimTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`describe: invalid span [${start}, ${end})`);
  }
  if (end > text.length) {
    throw new RangeError(`describe: span [${start}, ${end}) is past the text end (${text.length})`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    sourceId,
    contentHash,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.min(prefixStart, start), start),
      suffix: text.slice(end, Math.max(suffixEnd, end)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
