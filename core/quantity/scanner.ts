/**
 * The figure scanner: one left-to-right pass over the tokens of each paragraph, trying the
 * figure grammar (figure-at.ts) at each token and skipping what is not a figure. Linear in the
 * text length: each attempt looks at a bounded number of tokens.
 */
import type { FoundFigure } from './figure';
import { looksLikePhone, phoneEnd } from './context';
import { figureAt, SKIP, type Match, type Scan } from './figure-at';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './qualifiers';
import { crossesParagraphBreak, paragraphSpans } from './paragraphs';
import { tokenize, type Token } from './tokens';

/**
 * Finds every reported figure in a text, with UTF-16 offsets into it. Never throws: whatever
 * the input, the result is a list of well-formed intervals (possibly empty). Trade-off: a
 * shallow token grammar rather than a parser, so it is fast and predictable, and it prefers
 * missing an odd phrasing to inventing a figure (years, dates and identifiers are skipped).
 */
export function findFigures(
  text: string,
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: FoundFigure[] = [];
  // Each paragraph on its own: a figure never crosses a blank line.
  for (const [from, to] of paragraphSpans(text)) {
    // No spread into push: a paragraph can hold more figures than a call has arguments.
    for (const figure of scanFigures(text, tokenize(text, from, to), options)) out.push(figure);
  }
  return out;
}

/** Digit groups chained by spaces, hyphens or dots that make a phone number: skip them whole. */
function phoneSkip(tokens: readonly Token[], i: number): number | null {
  if (!looksLikePhone(tokens, i)) return null;
  const prev = tokens[i - 1];
  const after = phoneEnd(tokens, i);
  return prev?.text === '+' || prev?.text === '(' || after - i >= 5 ? after : null;
}

/**
 * The scan over tokens already made by `tokenize(text, from, to)` (offsets stay absolute), so
 * callers that tokenize a sentence for other reasons do not tokenize it twice.
 */
export function scanFigures(
  text: string,
  tokens: Token[],
  options: FigureOptions = DEFAULT_FIGURE_OPTIONS,
): FoundFigure[] {
  const scan: Scan = { text, tokens, options };
  const out: FoundFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const phone = token.kind === 'number' ? phoneSkip(tokens, i) : null;
    if (phone !== null) {
      i = phone;
      continue;
    }
    let match: Match | null;
    try {
      match = figureAt(scan, i);
    } catch {
      // A bug in one rule must not lose the rest of the text: skip this token.
      match = null;
    }
    // Tokens made by a caller may span paragraphs: a figure across a break is no figure.
    if (match && match.figure !== SKIP) {
      const { start, end, unitEnd } = match.figure;
      if (crossesParagraphBreak(text, start, Math.max(end, unitEnd ?? 0))) match = null;
    }
    if (match && match.next > i) {
      if (match.figure !== SKIP) out.push(match.figure);
      i = match.next;
    } else {
      i += 1;
    }
  }
  return out;
}
