import { contentHash } from '../model/hash';
import type { Block, BlockKind } from '../text/block';
import { BLOCK_SEPARATOR } from '../text/layout';

/** A block of text as an importer finds it, before offsets are assigned. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** 1-based page, for paged formats. */
  page?: number;
}

/** The canonical body an importer hands back: text, its blocks and its hash. */
export interface CanonicalBody {
  text: string;
  blocks: Block[];
  contentHash: string;
}

/** Unicode space separators read as ordinary spaces, as core/text/layout.ts does. */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Zero-width characters and the soft hyphen carry no words; left in, they break quote search. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Whether INVISIBLE has anything to remove. */
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/**
 * What collapseWhiteSpace would change: white space other than a plain space, two spaces in a
 * row, or a space at either end. (SPACES is exactly JavaScript's \s, the set trim() removes, so
 * text with none of these comes back as it is.)
 */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * Collapses runs of white space (line breaks included) to single spaces and trims the ends, as
 * `text.replace(/\s+/g, ' ').trim()` does. Text that is already so (most lines and runs of a
 * document) is returned as it is, without the replace: on a page of short paragraphs its
 * scratch strings were most of what an import allocated.
 */
export function collapseWhiteSpace(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(SPACES, ' ').trim() : text;
}

/** Removes the invisible characters, then collapses white space (see collapseWhiteSpace). */
export function collapseSpaces(text: string): string {
  return collapseWhiteSpace(HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text);
}

/**
 * Joins blocks into canonical text ("\n\n" between blocks, offsets in UTF-16) exactly like
 * core/text/layout.ts, so every importer yields text that anchoring and extraction treat alike.
 * Empty blocks are dropped rather than kept as zero-length blocks nobody can select. Block by
 * block, so an importer that finds its blocks one at a time (HTML) need not keep a list of
 * RawBlocks first: on a page of a hundred thousand table cells, that list was a hundred
 * thousand objects for the garbage collector to copy.
 */
export class CanonicalBodyBuilder {
  private readonly blocks: Block[] = [];
  private readonly parts: string[] = [];
  private offset = 0;

  /** Adds the next block (trimmed; nothing when empty). */
  add(kind: BlockKind, raw: string, page?: number): void {
    const text = raw.trim();
    if (!text) return;
    const entry: Block = { kind, start: this.offset, end: this.offset + text.length };
    if (page !== undefined) entry.page = page;
    this.blocks.push(entry);
    this.parts.push(text);
    this.offset += text.length + BLOCK_SEPARATOR.length;
  }

  /** The text, blocks and hash of everything added. */
  finish(): CanonicalBody {
    const text = this.parts.join(BLOCK_SEPARATOR);
    return { text, blocks: this.blocks, contentHash: contentHash(text) };
  }
}

/** The canonical body of a list of blocks (see CanonicalBodyBuilder). */
export function canonicalBody(raw: readonly RawBlock[]): CanonicalBody {
  const body = new CanonicalBodyBuilder();
  for (const block of raw) body.add(block.kind, block.text, block.page);
  return body.finish();
}
