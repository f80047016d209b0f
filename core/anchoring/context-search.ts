import type { TextQuoteSelector } from '../model/claim';
import { diffWindow } from './bounded-diff';
import {
  CONTEXT_SUPPORT_RATIO,
  commonPrefixLength,
  commonSuffixLength,
  continuesAfter,
  continuesBefore,
  type OriginalEdges,
} from './match';
import { commonCoverage, mapEnd, mapStart, toSegments, type Segment } from './segments';
import type { AnchorResult } from './types';

/** Shortest piece of context searched for on its own; shorter pieces match too much. */
const MIN_SEED_LENGTH = 6;
/** Most occurrences of one context piece considered. */
const MAX_SEED_OCCURRENCES = 500;
/** Extra characters taken on each side of the stretch of text that is diffed. */
const WINDOW_SLACK = 16;
/** Common runs shorter than this are coincidences and do not count as surviving context. */
const MIN_COMMON_RUN = 6;
/** How far a token edge may be extended so a new figure is never cut ("150" of "1,500"). */
const MAX_EDGE_EXTENSION = 64;

/** Characters of one context side that must survive, next to nothing else, for a "changed". */
const MIN_SIDE_SURVIVAL = 12;

/**
 * Whether one side of the stored context still stands in the window: at least
 * MIN_SIDE_SURVIVAL of its characters (all of a shorter side) in common runs. A "changed"
 * claim none of whose words survive needs both sides: with one side gone, the diff only knows
 * where the passage ended, not which words replaced the quote, and would hand over the
 * neighbouring sentence.
 */
function sideSurvives(segments: readonly Segment[], from: number, to: number): boolean {
  const length = to - from;
  if (length === 0) return true;
  const minRun = Math.min(MIN_COMMON_RUN, length);
  return commonCoverage(segments, from, to, minRun) >= Math.min(MIN_SIDE_SURVIVAL, length);
}

/**
 * Where the quote's edges are in the new text, minus the words a replaced run took from the
 * context: when one hunk covers the quote's end and the suffix's start ("r" + "iver" became
 * "iver"), the new side's shared tail with that suffix part is the suffix's words, not the
 * quote's; likewise at the start with the prefix. Without this a deleted quote would "change"
 * into its unedited neighbour. Window segments are few, so a linear scan.
 */
function quoteEdges(
  segments: readonly Segment[],
  old: string,
  text: string,
  quoteStart: number,
  quoteEnd: number,
): { start: number; end: number } {
  let start = mapStart(segments, quoteStart);
  let end = mapEnd(segments, quoteEnd);
  for (const s of segments) {
    if (s.common) continue;
    const added = text.slice(s.newStart, s.newEnd);
    if (s.oldStart < quoteStart && quoteStart < s.oldEnd && start === s.newStart) {
      start += commonPrefixLength(old.slice(s.oldStart, quoteStart), added);
    }
    if (s.oldStart < quoteEnd && quoteEnd < s.oldEnd && end === s.newEnd) {
      end -= commonSuffixLength(old.slice(quoteEnd, s.oldEnd), added);
    }
  }
  return { start, end };
}

/** Longest replacement accepted as "the same passage, changed" rather than a rewrite. */
export function maxReplacementLength(exact: string): number {
  return Math.max(64, exact.length * 4);
}

interface Piece {
  text: string;
  /** Offset of the piece inside the prefix or suffix it comes from. */
  offset: number;
}

/** The whole context side, then its halves: an edit next to the quote leaves the far half. */
function pieces(side: string): Piece[] {
  const result: Piece[] = [];
  if (side.length >= MIN_SEED_LENGTH) result.push({ text: side, offset: 0 });
  const half = Math.floor(side.length / 2);
  if (half >= MIN_SEED_LENGTH) {
    result.push({ text: side.slice(0, half), offset: 0 });
    result.push({ text: side.slice(half), offset: half });
  }
  return result;
}

/** Estimated quote edges (start from the prefix, end from the suffix) with matched length. */
function estimates(text: string, side: string, fromPrefix: boolean): Map<number, number> {
  const found = new Map<number, number>();
  for (const piece of pieces(side)) {
    let from = 0;
    for (let n = 0; n < MAX_SEED_OCCURRENCES; n += 1) {
      const at = text.indexOf(piece.text, from);
      if (at < 0) break;
      from = at + 1;
      const edge = fromPrefix ? at - piece.offset + side.length : at - piece.offset;
      found.set(edge, Math.max(found.get(edge) ?? 0, piece.text.length));
    }
  }
  return found;
}

/** Index of the first entry whose edge is >= `value` in edges sorted ascending. */
function firstAtLeast(sorted: readonly [number, number][], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]![0] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface SearchArea {
  start: number;
  end: number;
}

/** Picks where the passage most likely is now: both context sides if possible, nearest first. */
function chooseWindow(text: string, quote: TextQuoteSelector, oldStart: number): SearchArea | null {
  const { prefix, exact, suffix } = quote;
  const gap = maxReplacementLength(exact);
  const starts = estimates(text, prefix, true);
  const ends = [...estimates(text, suffix, false)].sort((a, b) => a[0] - b[0]);
  let best: { area: SearchArea; score: number; distance: number } | null = null;
  const consider = (area: SearchArea, score: number, at: number) => {
    const distance = Math.abs(at - oldStart);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { area, score, distance };
    }
  };
  for (const [start, length] of starts) {
    let paired = false;
    for (let i = firstAtLeast(ends, start); i < ends.length; i += 1) {
      const [end, endLength] = ends[i]!;
      if (end > start + gap) break;
      consider({ start, end }, length + endLength, start);
      paired = true;
    }
    if (!paired) consider({ start, end: start + gap }, length, start);
  }
  for (const [end, length] of ends) consider({ start: end - gap, end }, length, end - exact.length);
  if (!best) return null;
  const chosen: SearchArea = (best as { area: SearchArea }).area;
  return {
    start: Math.max(0, chosen.start - prefix.length - WINDOW_SLACK),
    end: Math.min(text.length, chosen.end + suffix.length + WINDOW_SLACK),
  };
}

/**
 * Step 3 of anchoring: finds the passage by its context and reports what the quoted words are
 * now. Pieces of the stored prefix and suffix are located exactly (cheap indexOf), the best
 * window is diffed word by word against prefix + quote + suffix (one bounded diff of a few
 * hundred characters), and the quote's edges are mapped through that diff. The result is
 * `anchored` when the words are the same, `changed` when they differ ("143" -> "150"), and
 * `null` when too little context survives to be sure: guessing would put a claim on text that
 * never said it. A "changed" answer whose own words are gone also needs context on BOTH sides
 * (`sideSurvives`): half the context on one side locates the passage, not the words that
 * replaced the quote.
 */
export function searchContext(
  text: string,
  quote: TextQuoteSelector,
  oldStart: number,
  edges: OriginalEdges,
): AnchorResult | null {
  const { prefix, exact, suffix } = quote;
  const available = prefix.length + suffix.length;
  if (available === 0 || !exact) return null;
  const area = chooseWindow(text, quote, oldStart);
  if (!area) return null;
  const windowText = text.slice(area.start, area.end);
  const changes = diffWindow(prefix + exact + suffix, windowText);
  if (!changes) {
    return {
      status: 'orphan',
      reason:
        'The passage around this claim changed too much to compare in time. Find the words again and re-anchor the claim.',
    };
  }
  const segments = toSegments(changes, 0, area.start);
  const quoteStart = prefix.length;
  const quoteEnd = prefix.length + exact.length;
  const surviving =
    commonCoverage(segments, 0, quoteStart, MIN_COMMON_RUN) +
    commonCoverage(segments, quoteEnd, quoteEnd + suffix.length, MIN_COMMON_RUN);
  if (surviving / available < CONTEXT_SUPPORT_RATIO) return null;
  let { start, end } = quoteEdges(segments, prefix + exact + suffix, text, quoteStart, quoteEnd);
  for (let n = 0; !edges.before && n < MAX_EDGE_EXTENSION && continuesBefore(text, start); n += 1) {
    start -= 1;
  }
  for (let n = 0; !edges.after && n < MAX_EDGE_EXTENSION && continuesAfter(text, end); n += 1) {
    end += 1;
  }
  if (end <= start) {
    return {
      status: 'orphan',
      reason: `The quoted words "${exact}" were deleted; the text around them is still there.`,
    };
  }
  const now = text.slice(start, end);
  if (now === exact) return { status: 'anchored', start, end, method: 'context' };
  const ownWordsKept =
    commonCoverage(segments, quoteStart, quoteEnd, MIN_COMMON_RUN) >=
    Math.min(MIN_SIDE_SURVIVAL, Math.ceil(exact.length / 2));
  if (
    !ownWordsKept &&
    (!sideSurvives(segments, 0, quoteStart) ||
      !sideSurvives(segments, quoteEnd, quoteEnd + suffix.length))
  ) {
    return null;
  }
  if (now.length > maxReplacementLength(exact)) {
    return {
      status: 'orphan',
      reason: `The passage around "${exact}" was rewritten at length. Re-read it and tag the claim again.`,
    };
  }
  return { status: 'changed', start, end, oldQuote: exact, newQuote: now };
}
