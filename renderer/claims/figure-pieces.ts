import { findFigures } from '../../core/quantity';

/** One figure's share of a selection: where it sits in the source text and its words. */
export interface FigurePiece {
  start: number;
  end: number;
  quote: string;
  /** The figure's own words ("13", "at least 170"). */
  figure: string;
}

/** Where one figure's clause ends and the next one's begins: punctuation, "and", "or", "but". */
const BOUNDARY = /[,;:.](?=\s)|\s+\b(?:and|or|but)\b/g;
/** Joining punctuation and white space left at the end of a piece. */
const TRAILING = /[\s,;:]+$/;

/** The offset (in `text`) where the piece of the figure before `gapStart` ends and the next starts. */
function splitPoint(text: string, gapStart: number, gapEnd: number): [number, number] {
  const gap = text.slice(gapStart, gapEnd);
  let last: RegExpExecArray | null = null;
  for (const match of gap.matchAll(BOUNDARY)) last = match;
  if (!last) return [gapEnd, gapEnd];
  let next = gapStart + last.index + last[0].length;
  while (next < gapEnd && /\s/.test(text[next] ?? '')) next += 1;
  return [gapStart + last.index, next];
}

/**
 * Splits a selection at its figures: one piece per figure, each the figure with its own clause
 * (the words between two figures go to the first up to the last comma or "and", the rest to
 * the second: "at least 21 people and injured 40 others" gives "at least 21 people" and
 * "injured 40 others"). Fewer than two figures give no pieces. Why: a claim holds one value,
 * so "13 American soldiers. and 170 Afghans" tagged as one claim keeps only 13; the tag menu
 * offers one claim per piece instead.
 */
export function figurePieces(text: string, start: number, end: number): FigurePiece[] {
  const figures = findFigures(text.slice(start, end));
  if (figures.length < 2) return [];
  const cuts = figures
    .slice(1)
    .map((next, index) => splitPoint(text, start + (figures[index]?.end ?? 0), start + next.start));
  return figures.map((figure, index) => {
    const from = index === 0 ? start : (cuts[index - 1]?.[1] ?? start);
    const to = cuts[index]?.[0] ?? end;
    const quote = text.slice(from, to).replace(TRAILING, '');
    return { start: from, end: from + quote.length, quote, figure: figure.text };
  });
}
