import type { Node as PmNode } from 'prosemirror-model';
import type { Source } from '../../core/model/source';
import type { Block } from '../../core/text/block';
import { blockDirection } from '../../core/language/direction';
import { sourceSchema } from './schema';

/**
 * The one converter between source text offsets (what claims store) and ProseMirror positions
 * (what the view needs). A block of canonical text [start, end) becomes one node, and every
 * CHUNK_BLOCKS blocks sit in one chunk node; inside a block's node, position = node start +
 * (offset - block start). The "\n\n" between blocks has no position of its own: an offset there
 * maps to the end of the previous block.
 */
export interface PositionMap {
  doc: PmNode;
  toPos(offset: number): number;
  toOffset(pos: number): number;
}

/**
 * Blocks per chunk node. The browser keeps one intersection box per chunk (content-visibility)
 * and ProseMirror walks chunks, then the blocks of one chunk, to place a decoration: with a
 * node per paragraph, both were linear in the paragraphs of a 1 MB source (~2,500) on every
 * highlight change, 5-10 ms a frame each. A chunk of 32 lays out ~13 KB of text when it changes.
 */
export const CHUNK_BLOCKS = 32;

/**
 * Builds the ProseMirror document of a source and the converter for its offsets. Each block
 * carries its writing direction, from its own letters and the source's language.
 */
export function buildSourceDoc(source: Source): PositionMap {
  const nodes = source.blocks.map((block, index) => {
    const text = source.text.slice(block.start, block.end);
    const type =
      block.kind === 'heading' ? sourceSchema.nodes.heading : sourceSchema.nodes.paragraph;
    const previous = source.blocks[index - 1]?.page;
    const pageStart = block.page !== undefined && block.page !== previous ? block.page : null;
    const dir = blockDirection(text, source.metadata.language);
    return type.create({ pageStart, dir }, text ? sourceSchema.text(text) : null);
  });
  const chunks = [];
  for (let first = 0; first < nodes.length; first += CHUNK_BLOCKS)
    chunks.push(sourceSchema.nodes.chunk.create(null, nodes.slice(first, first + CHUNK_BLOCKS)));
  const doc = sourceSchema.nodes.doc.create(null, chunks);
  // Start position (inside the node) of each block, in the same order as source.blocks: a
  // chunk's opening token comes before its first block, its closing token after its last.
  const nodeStarts: number[] = [];
  let pos = 0;
  source.blocks.forEach((block, index) => {
    if (index % CHUNK_BLOCKS === 0) pos += index === 0 ? 1 : 2;
    nodeStarts.push(pos + 1);
    pos += block.end - block.start + 2;
  });
  const blockStarts = source.blocks.map((block) => block.start);
  return {
    doc,
    toPos: (offset) => toPos(source.blocks, blockStarts, nodeStarts, offset),
    toOffset: (position) => toOffset(source.blocks, nodeStarts, position),
  };
}

/** Index of the last block starting at or before `value` in a sorted array of starts. */
function lastAtOrBefore(starts: readonly number[], value: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function toPos(
  blocks: readonly Block[],
  blockStarts: readonly number[],
  nodeStarts: readonly number[],
  offset: number,
): number {
  if (blocks.length === 0) return 0;
  const index = lastAtOrBefore(blockStarts, offset);
  const block = blocks[index]!;
  const within = Math.min(Math.max(offset - block.start, 0), block.end - block.start);
  return nodeStarts[index]! + within;
}

function toOffset(
  blocks: readonly Block[],
  nodeStarts: readonly number[],
  position: number,
): number {
  if (blocks.length === 0) return 0;
  const index = lastAtOrBefore(nodeStarts, position);
  const block = blocks[index]!;
  const within = Math.min(Math.max(position - nodeStarts[index]!, 0), block.end - block.start);
  return block.start + within;
}
