import type { Source } from '../../core/model/source';

/** The page an offset falls on in a paged source (PDF), or null when the source has no pages. */
export function pageOf(source: Source, offset: number): number | null {
  let page: number | null = null;
  for (const block of source.blocks) {
    if (block.start > offset) break;
    if (block.page !== undefined) page = block.page;
  }
  return page;
}
