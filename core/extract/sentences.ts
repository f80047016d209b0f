/**
 * Sentence spans of a source, block by block, in one pass. A full stop ends a sentence only
 * when an upper-case letter, digit or quote follows, and not after a known abbreviation or a
 * single initial: "soldiers. and 170 Afghans" (a PDF slip) stays one sentence.
 */
import type { Block } from '../text/block';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block the sentence belongs to. */
  block: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st no nos vs etc e.g i.e u.s u.k u.n gen col lt sgt capt prof inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est fig p pp vol art sec dept govt'
  ).split(' '),
);

/** Characters that may end a sentence. */
const PUNCTUATION = /[.!?\n]/g;

function isUpperOrDigit(ch: string): boolean {
  if (ch >= '0' && ch <= '9') return true;
  if (ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[') return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

/** The word just before position `dot` (lower case, without trailing dots). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot - 1;
  while (i >= floor && !isSpace(text[i] ?? ' ')) i -= 1;
  return text.slice(i + 1, dot).toLowerCase();
}

/** Splits text[from, to) into sentences. */
function splitRange(text: string, from: number, to: number, block: number, out: Sentence[]): void {
  let start = from;
  while (start < to && isSpace(text[start] ?? '')) start += 1;
  let i = start;
  while (i < to) {
    // Jump to the next sentence-ending character with the engine's own search; blocks are
    // separated by "\n\n", so a search never runs past the next block.
    PUNCTUATION.lastIndex = i;
    const found = PUNCTUATION.exec(text);
    if (!found || found.index >= to) break;
    i = found.index;
    const ch = text[i] ?? '';
    let j = i + 1;
    while (j < to && /["”’')\]?.®*]/.test(text[j] ?? '')) j += 1;
    const endOfSentence = j;
    if (ch === '\n' || j >= to || isSpace(text[j] ?? '')) {
      let k = j;
      while (k < to && isSpace(text[k] ?? '')) k += 1;
      const nextCh = text[k] ?? '';
      let boundary = ch === '\n' || k >= to || isUpperOrDigit(nextCh);
      if (boundary && ch === '.') {
        const word = wordBefore(text, i, start);
        if (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{Lu}$/u.test(word))
          boundary = k >= to;
      }
      if (boundary) {
        if (endOfSentence > start) out.push({ start, end: endOfSentence, block });
        start = k;
        i = k;
        continue;
      }
    }
    i = j;
  }
  let end = to;
  while (end > start && isSpace(text[end - 1] ?? '')) end -= 1;
  if (end > start) out.push({ start, end, block });
}

/**
 * Sentences of a text laid out in blocks (a heading or paragraph never shares a sentence with
 * the next block). Linear in the text length.
 */
export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  const spans =
    blocks.length > 0 ? blocks : [{ kind: 'paragraph' as const, start: 0, end: text.length }];
  spans.forEach((b, index) => splitRange(text, b.start, Math.min(b.end, text.length), index, out));
  return out;
}
