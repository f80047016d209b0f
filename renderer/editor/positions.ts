import type { Node as PmNode } from 'prosemirror-model';
import type { Source } from '../../core/model/source';
import type { Block } from '../../core/text/block';
import { blockDirection } from '../../core/language/direction';
import { sourceSchema } from './schema';

/**
 * The one converter between source text offsets (what claims store) and ProseMirror positions
 * (what the view needs). A block of canonical text [start, end) becomes one node; inside a node,
 * position = node start + 1 + (offset - block start). The "\n\n" between blocks has no position of
 * its own: an offset there maps to the end of the previous block.
 */
export interface PositionMap {
  doc: PmNode;
  toPos(offset: number): number;
  toOffset(pos: number): number;
}

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
  const doc = sourceSchema.nodes.doc.create(null, nodes);
  // Start position (inside the node) of each block, in the same order as source.blocks.
  const nodeStarts: number[] = [];
  let pos = 0;
  for (const block of source.blocks) {
    nodeStarts.push(pos + 1);
    pos += block.end - block.start + 2;
  }
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
