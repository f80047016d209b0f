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

/** Collapses white space (line breaks included) to single spaces and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * Joins blocks into canonical text ("\n\n" between blocks, offsets in UTF-16) exactly like
 * core/text/layout.ts, so every importer yields text that anchoring and extraction treat alike.
 * Empty blocks are dropped rather than kept as zero-length blocks nobody can select.
 */
export function canonicalBody(raw: readonly RawBlock[]): CanonicalBody {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of raw) {
    const text = block.text.trim();
    if (!text) continue;
    const entry: Block = { kind: block.kind, start: offset, end: offset + text.length };
    if (block.page !== undefined) entry.page = block.page;
    blocks.push(entry);
    parts.push(text);
    offset += text.length + BLOCK_SEPARATOR.length;
  }
  const text = parts.join(BLOCK_SEPARATOR);
  return { text, blocks, contentHash: contentHash(text) };
}
