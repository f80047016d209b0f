import type { Change } from 'diff';

/**
 * A run of a diff in offsets: common text (same length on both sides) or a hunk where old
 * [oldStart, oldEnd) was replaced by new [newStart, newEnd). Sorted and contiguous on both sides.
 */
export interface Segment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  common: boolean;
}

/** Common runs this short (or only spaces) between two hunks are folded into one hunk. */
const MIN_SANDWICHED_COMMON = 3;

/**
 * Turns jsdiff change objects into offset segments, merging adjacent removed/added changes into
 * one hunk and folding tiny common runs between hunks ("at least 143" vs "more than 150" aligned
 * on their spaces) into it, so a replaced phrase maps as a whole. Offsets are UTF-16 lengths of
 * the values, never jsdiff's token counts (diffChars counts code points). `foldBelow` sets
 * how short a folded run is: a character diff folds more, since letters shared by two
 * unrelated words ("s", "in") are coincidences, not kept text.
 */
export function toSegments(
  changes: readonly Change[],
  oldBase = 0,
  newBase = 0,
  foldBelow = MIN_SANDWICHED_COMMON,
): Segment[] {
  const raw: { segment: Segment; text: string }[] = [];
  let o = oldBase;
  let n = newBase;
  for (const change of changes) {
    const len = change.value.length;
    if (len === 0) continue;
    const common = !change.added && !change.removed;
    const oldLen = change.added ? 0 : len;
    const newLen = change.removed ? 0 : len;
    const last = raw[raw.length - 1]?.segment;
    if (last && !last.common && !common) {
      last.oldEnd += oldLen;
      last.newEnd += newLen;
    } else {
      const segment = { oldStart: o, oldEnd: o + oldLen, newStart: n, newEnd: n + newLen, common };
      raw.push({ segment, text: common ? change.value : '' });
    }
    o += oldLen;
    n += newLen;
  }
  const merged: Segment[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const { segment, text } = raw[i]!;
    const previous = merged[merged.length - 1];
    const next = raw[i + 1]?.segment;
    const foldable =
      segment.common &&
      next !== undefined &&
      !next.common &&
      (text.length < foldBelow || /^\s+$/.test(text));
    if (previous && !previous.common && (!segment.common || foldable)) {
      previous.oldEnd = segment.oldEnd;
      previous.newEnd = segment.newEnd;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

/** Index of the segment whose old range contains `offset` (rightmost when on a boundary). */
function findSegment(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.oldStart <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Maps the start of an old span: inside common text it moves by the shift; inside replaced text
 * it goes to the start of the replacement; at the end of a pure insertion it lands after it.
 */
export function mapStart(segments: readonly Segment[], offset: number): number {
  if (segments.length === 0) return offset;
  // Rightmost segment starting at or before the offset: past a pure insertion sitting there.
  const s = segments[findSegment(segments, offset)]!;
  if (offset < s.oldStart) return s.newStart - (s.oldStart - offset);
  if (offset >= s.oldEnd) return s.newEnd + (offset - s.oldEnd);
  return s.common ? s.newStart + (offset - s.oldStart) : s.newStart;
}

/**
 * Maps the end of an old span: inside common text it moves by the shift; inside or at the end of
 * replaced text it goes to the end of the replacement; an insertion right after it is excluded.
 */
export function mapEnd(segments: readonly Segment[], offset: number): number {
  if (segments.length === 0) return offset;
  let low = 0;
  let high = segments.length - 1;
  // Leftmost segment ending at or after the offset: before a pure insertion sitting there.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.oldEnd >= offset) high = mid;
    else low = mid + 1;
  }
  const s = segments[low]!;
  if (offset <= s.oldStart) return s.newStart - (s.oldStart - offset);
  if (offset > s.oldEnd) return s.newEnd + (offset - s.oldEnd);
  return s.common ? s.newStart + (offset - s.oldStart) : s.newEnd;
}

/** Whether old [start, end) lies inside one common segment (so it is unchanged, only moved). */
export function insideCommon(segments: readonly Segment[], start: number, end: number): boolean {
  if (segments.length === 0) return true;
  const s = segments[findSegment(segments, start)]!;
  return s.common && s.oldStart <= start && end <= s.oldEnd;
}

/** Characters of old [start, end) covered by common runs at least `minRun` long. */
export function commonCoverage(
  segments: readonly Segment[],
  start: number,
  end: number,
  minRun: number,
): number {
  let covered = 0;
  for (const s of segments) {
    if (!s.common || s.oldEnd - s.oldStart < minRun) continue;
    covered += Math.max(0, Math.min(end, s.oldEnd) - Math.max(start, s.oldStart));
  }
  return covered;
}

/**
 * Best guess of where an old offset is now, for use as a search hint: exact in common text,
 * proportional inside a hunk (clamped to the replacement).
 */
export function mapApproximate(segments: readonly Segment[], offset: number): number {
  if (segments.length === 0) return offset;
  const s = segments[findSegment(segments, offset)]!;
  if (offset < s.oldStart) return Math.max(0, s.newStart - (s.oldStart - offset));
  if (offset >= s.oldEnd) return s.newEnd + (offset - s.oldEnd);
  return s.newStart + Math.min(offset - s.oldStart, s.newEnd - s.newStart);
}

/**
 * Whether the diff says every character of new [newStart, newEnd) came from old
 * [oldStart, oldEnd]: moved common text from inside it, or the replacement of a hunk whose old
 * side touches it (an insertion at its edge counts). A "changed" claim must pass this: text the
 * diff kept from elsewhere was never the claim's words, however well its context fits.
 * O(log n + hunks crossed).
 */
export function cameFrom(
  segments: readonly Segment[],
  newStart: number,
  newEnd: number,
  oldStart: number,
  oldEnd: number,
): boolean {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.newEnd <= newStart) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < segments.length && segments[i]!.newStart < newEnd; i += 1) {
    const s = segments[i]!;
    if (s.newEnd === s.newStart) continue;
    if (s.common) {
      const from = s.oldStart + (Math.max(newStart, s.newStart) - s.newStart);
      const to = s.oldStart + (Math.min(newEnd, s.newEnd) - s.newStart);
      if (from < oldStart || to > oldEnd) return false;
    } else if (s.oldEnd < oldStart || s.oldStart > oldEnd) {
      return false;
    }
  }
  return true;
}
