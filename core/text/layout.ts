import type { Block, BlockKind } from './block';

/**
 * How a capture lays out its paragraphs:
 * - `line-per-paragraph`: every non-blank line is a paragraph (web captures, pasted text).
 * - `hard-wrapped`: a blank line separates paragraphs and the lines inside one are joined
 *   (PDF text extraction).
 */
export type Layout = 'line-per-paragraph' | 'hard-wrapped';

export interface LayoutOptions {
  layout: Layout;
  /** Paragraphs of page chrome (navigation, "Translate" links) to leave out at the start and end. */
  chrome?: { head?: number; tail?: number };
  /** Blocks whose trimmed text equals one of these are headings. */
  headings?: readonly string[];
}

export interface LaidOutText {
  text: string;
  blocks: Block[];
}

/** Separator between blocks in canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

const LETTER = /\p{L}/u;
/** Unicode space separators (no-break, thin, narrow no-break...) read as ordinary spaces. */
const SPACE_SEPARATORS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** A paragraph that ends like this is finished; anything else may continue after a page break. */
const SENTENCE_END = /[.!?:;"”’)\]®*?]$|^\S+$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const DASHES_THAT_JOIN = new Set(['\u2014', '\u2013']);

/**
 * Joins two hard-wrapped lines the way a reader reads them: a word broken after a hyphen stays
 * hyphenated ("present-" + "day" = "present-day"; we cannot tell a soft hyphen from a real one, so
 * we keep the character rather than invent a word), a dash keeps its tight join, otherwise a space.
 */
export function joinWrapped(left: string, right: string): string {
  const last = left.at(-1) ?? '';
  const beforeLast = left.at(-2) ?? '';
  const first = right.at(0) ?? '';
  if (last === '-' && LETTER.test(beforeLast) && LETTER.test(first)) return left + right;
  if (DASHES_THAT_JOIN.has(last)) return left + right;
  return `${left} ${right}`;
}

/**
 * A PDF page break leaves a blank line inside a sentence ("set by" / "its structure"). When a
 * paragraph does not end a sentence and the next one starts in lower case, they are one paragraph.
 */
function rejoinPageBreaks(paragraphs: string[], headings: ReadonlySet<string>): void {
  for (let index = paragraphs.length - 2; index >= 0; index -= 1) {
    const current = paragraphs[index]!;
    const next = paragraphs[index + 1]!;
    if (headings.has(current) || headings.has(next)) continue;
    if (!SENTENCE_END.test(current) && STARTS_LOWERCASE.test(next)) {
      paragraphs.splice(index, 2, joinWrapped(current, next));
    }
  }
}

/**
 * Rebuilds paragraphs from a raw capture into the canonical text that claim offsets refer to.
 * Only layout changes (line breaks, edge white space, no-break spaces read as spaces, page chrome,
 * paragraphs split by a page break): the words are never touched,
 * so every quote an analyst tags is a quote of the original.
 */
export function layOutText(raw: string, options: LayoutOptions): LaidOutText {
  const lines = raw.replace(/\r\n?/g, '\n').replace(SPACE_SEPARATORS, ' ').split('\n');
  const paragraphs: string[] = [];
  const headings = new Set(options.headings ?? []);
  if (options.layout === 'line-per-paragraph') {
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed) paragraphs.push(trimmed);
    }
  } else {
    let current: string | null = null;
    for (const line of lines) {
      const trimmed = line.trim();
      if (!trimmed || headings.has(trimmed)) {
        // A heading line stands alone even when the extraction left no blank line after it.
        if (current !== null) paragraphs.push(current);
        current = null;
        if (trimmed) paragraphs.push(trimmed);
      } else {
        current = current === null ? trimmed : joinWrapped(current, trimmed);
      }
    }
    if (current !== null) paragraphs.push(current);
    rejoinPageBreaks(paragraphs, headings);
  }
  const head = options.chrome?.head ?? 0;
  const tail = options.chrome?.tail ?? 0;
  const kept = paragraphs.slice(head, Math.max(head, paragraphs.length - tail));
  const blocks: Block[] = [];
  let offset = 0;
  for (const paragraph of kept) {
    const kind: BlockKind = headings.has(paragraph) ? 'heading' : 'paragraph';
    blocks.push({ kind, start: offset, end: offset + paragraph.length });
    offset += paragraph.length + BLOCK_SEPARATOR.length;
  }
  return { text: kept.join(BLOCK_SEPARATOR), blocks };
}
