import type { Figure } from '../quantity/figure';

/** What kind of assertion a claim records. */
export type ClaimType =
  'casualty' | 'count' | 'attribution' | 'date' | 'location' | 'actor' | 'statement' | 'other';

/** Measures of a casualty figure. */
export const CASUALTY_MEASURES = ['deaths', 'injured', 'missing', 'hostages'] as const;
/** Measures of a count. */
export const COUNT_MEASURES = ['arrests', 'plots', 'attacks', 'recruits', 'other'] as const;

/** W3C TextQuoteSelector: the exact words plus a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets [start, end) into the source's canonical text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a claim sits: always both selectors, plus the hash of the text they were made on. */
export interface ClaimTarget {
  sourceId: string;
  contentHash: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A claim's value: a figure, a date (ISO, possibly partial like "2022-04"), or free text. */
export type ClaimValue =
  | { kind: 'figure'; figure: Figure }
  | { kind: 'date'; date: string; text?: string }
  | { kind: 'text'; text: string };

/**
 * What a source revision did to a claim, kept until the analyst resolves it:
 * - `changed`: the passage is still there but the quoted words differ ("at least 143" became
 *   "at least 150"); the target sits on the new words, the value is still the analyst's old one.
 * - `orphaned`: the passage is gone; the target still describes the old text (its content hash
 *   says which), so nothing points at words the source no longer says.
 */
export interface ClaimRevision {
  status: 'changed' | 'orphaned';
  /** The words the claim was tagged on, before the revision(s). */
  oldQuote: string;
  /** The words at the same place in the revised text (`changed` only). */
  newQuote?: string;
  /** Why the claim could not follow the revision (`orphaned` only), in words to act on. */
  reason?: string;
  /** ISO 8601 time of the revision that flagged the claim. */
  at: string;
}

export interface Claim {
  id: string;
  type: ClaimType;
  /** The analyst's own tags. */
  tags: string[];
  target: ClaimTarget;
  /** The event the claim is about, e.g. "Crocus City Hall attack". */
  event: string;
  /** What it measures: "deaths", "injured", "arrests", "responsibility", ... */
  measure: string;
  /** Who the figure counts when a sentence counts several kinds ("American soldiers", "Afghans"). */
  subject?: string;
  value: ClaimValue | null;
  /** Who says it inside the text ("the FSB head"), empty when the source says it itself. */
  attributedTo: string;
  /** For attributions: to whom responsibility is attributed ("ISKP", "Ukraine"). */
  attributedTarget?: string;
  note: string;
  /** Information credibility on the Admiralty scale, 1 (confirmed) to 6 (cannot be judged). */
  credibility?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Set when a revision of the source changed or removed the quoted words. */
  revision?: ClaimRevision;
  created: string;
  modified: string;
}
