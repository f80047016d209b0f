/**
 * Figures in a language with no table of qualifiers: the words right before a bare number may
 * qualify it ("دست کم 13", Dari for "at least 13") and we cannot tell. Rather than state an exact
 * 13 the figure is marked: its interval is left open on both sides (it claims nothing it cannot
 * back), it keeps the stated number as `value`, and `unreadQualifier` holds the words an analyst
 * should read. A number with no word before it (sentence start, after punctuation) stays exact.
 */
import type { FoundFigure } from './figure';
import type { Token } from './tokens';

/** Words looked at before the number: qualifiers are one or two words long. */
const QUALIFIER_WORDS = 2;

/** The span of up to two words right before tokens[index], in the same clause; null if none. */
function wordsBefore(
  tokens: readonly Token[],
  index: number,
): { start: number; end: number } | null {
  let first = index;
  while (first > 0 && index - first < QUALIFIER_WORDS && tokens[first - 1]?.kind === 'word')
    first -= 1;
  if (first === index) return null;
  return { start: tokens[first]?.start ?? 0, end: tokens[index - 1]?.end ?? 0 };
}

/**
 * Marks every exact figure that words may qualify, in place, and returns the list. Only exact
 * figures: a figure whose qualifier was read (a sign, an English phrase) already says its shape.
 */
export function markUnreadQualifiers(
  text: string,
  tokens: readonly Token[],
  figures: FoundFigure[],
): FoundFigure[] {
  let t = 0;
  for (const figure of figures) {
    if (figure.kind !== 'exact') continue;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < figure.start) t += 1;
    const span = wordsBefore(tokens, t);
    if (!span) continue;
    figure.unreadQualifier = text.slice(span.start, span.end);
    figure.low = null;
    figure.high = null;
    figure.lowInclusive = false;
    figure.highInclusive = false;
    figure.approximate = true;
  }
  return figures;
}
