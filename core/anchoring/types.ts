/**
 * The outcome of anchoring one claim in a (possibly revised) text. Offsets are UTF-16
 * [start, end) into that text.
 * - `anchored`: the exact quote was found; `method` says which step found it.
 * - `changed`: the passage is still there (its context was found) but the quoted words differ,
 *   e.g. "at least 143" became "at least 150". The claim is flagged, never silently moved.
 * - `orphan`: nothing trustworthy was found; `reason` says why in words an analyst can act on.
 */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod }
  | { status: 'changed'; start: number; end: number; oldQuote: string; newQuote: string }
  | { status: 'orphan'; reason: string };

/** Which step anchored a claim: its stored position, a quote search, or its context. */
export type AnchorMethod = 'position' | 'quote' | 'context';
