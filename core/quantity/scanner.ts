/**
 * The figure scanner: one left-to-right pass over the tokens of each paragraph, trying the
 * figure grammar (figure-at.ts) at each token and skipping what is not a figure. Linear in the
 * text length: each attempt looks at a bounded number of tokens.
 */
import type { FoundFigure } from './figure';
import { looksLikePhone, phoneEnd } from './context';
import { figureAt, SKIP } from './figure-at';
import type { Match, Scan } from './scan';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './intervals';
import { crossesParagraphBreak, paragraphSpans } from './paragraphs';
import { isSpaceCode, tokenize, type Token } from './tokens';

/** Characters tokenized at a time: few tokens live at once, so memory and time stay linear. */
const WINDOW = 4_096;
/** Tokens kept before a window (for the look-behind rules) and left for the next one. */
const MARGIN = 64;

/** The first white space at or after `from` (or `to`), so a window never cuts a word. */
function windowEnd(text: string, from: number, to: number): number {
  const limit = Math.min(to, from + WINDOW);
  for (let i = from; i < limit; i += 1) if (isSpaceCode(text.charCodeAt(i))) return i;
  return limit;
}

/** Scans one paragraph text[from, to) window by window. */
function scanParagraph(
  text: string,
  from: number,
  to: number,
  options: FigureOptions,
  out: FoundFigure[],
): void {
  let pos = from;
  let behind = 0;
  while (pos < to) {
    const end = to - pos <= 2 * WINDOW ? to : windowEnd(text, pos + WINDOW, to);
    const tokens = tokenize(text, pos, end);
    const last = end >= to;
    // Starts are tried up to MARGIN tokens before a cut; the next window re-reads those.
    const limit = last ? tokens.length : Math.max(behind + 1, tokens.length - MARGIN);
    const stop = scanTokens({ text, tokens, options }, behind, limit, out);
    if (last) return;
    const keepFrom = Math.max(0, stop - MARGIN);
    const resume = tokens[keepFrom]?.start ?? end;
    behind = stop - keepFrom;
    if (resume <= pos) {
      // One token longer than the window: move on past it.
      pos = end;
      behind = 0;
    } else pos = resume;
  }
}

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
  for (const [from, to] of paragraphSpans(text)) scanParagraph(text, from, to, options, out);
  return out;
}

/** Digit groups chained by spaces, hyphens or dots that make a phone number: skip them whole. */
function phoneSkip(tokens: readonly Token[], i: number): number | null {
  if (!looksLikePhone(tokens, i)) return null;
  const prev = tokens[i - 1];
  const after = phoneEnd(tokens, i);
  if (prev?.text === '+' || prev?.text === '(' || after - i >= 5) return after;
  // "0161 496 0750": spaced groups opening with a zero or holding a four-digit group ("40 000
  // 000" has neither, and is read as one grouped number).
  if (/^0\d/.test(tokens[i]?.text ?? '')) return after;
  for (let k = i; k < after; k += 1) if (/^\d{4,}$/.test(tokens[k]?.text ?? '')) return after;
  return null;
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
  const out: FoundFigure[] = [];
  scanTokens({ text, tokens, options }, 0, tokens.length, out);
  return out;
}

/**
 * Tries figures starting at tokens[from, limit) and appends them to `out`. Returns the index
 * of the first token not yet tried (a figure may run past `limit`; the scan then stops after it).
 */
function scanTokens(scan: Scan, from: number, limit: number, out: FoundFigure[]): number {
  const { tokens } = scan;
  let i = from;
  while (i < limit) {
    const token = tokens[i];
    if (!token) break;
    const phone = token.kind === 'number' ? phoneSkip(tokens, i) : null;
    if (phone !== null) {
      i = phone;
      continue;
    }
    i = tryFigureAt(scan, i, figureAt, out);
  }
  return i;
}

/**
 * One step of a left-to-right scan, shared by every grammar: tries `attempt` at tokens[i],
 * keeps the figure unless it spans a paragraph break (tokens made by a caller may), and returns
 * where the scan goes on. A bug in one rule must not lose the rest of the text: a rule that
 * throws loses only its own token.
 */
export function tryFigureAt(
  scan: Scan,
  i: number,
  attempt: (scan: Scan, i: number) => Match | null,
  out: FoundFigure[],
): number {
  let match: Match | null;
  try {
    match = attempt(scan, i);
  } catch {
    match = null;
  }
  if (match && match.figure !== SKIP) {
    const { start, end, unitEnd } = match.figure;
    if (crossesParagraphBreak(scan.text, start, Math.max(end, unitEnd ?? 0))) match = null;
  }
  if (!match || match.next <= i) return i + 1;
  if (match.figure !== SKIP) out.push(match.figure);
  return match.next;
}
