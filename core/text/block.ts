/**
 * The block structure of a canonical text: which spans are headings and which are paragraphs.
 * It lives in core/text, the lowest room, because laying text out produces blocks and every room
 * above (model, quantity, extract, import) reads them; the model's Source only carries them.
 */
export type BlockKind = 'heading' | 'paragraph';

/** A block of the canonical text: [start, end) in UTF-16 code units. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** 1-based page the block starts on, for sources imported from a paged format (PDF). */
  page?: number;
}
