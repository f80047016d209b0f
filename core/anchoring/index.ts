/** Anchoring: describe a span as selectors, find it again, re-anchor after a revision. */
export { describe } from './describe';
export { anchor } from './anchor';
export { reanchorAll } from './reanchor';
export type { AnchorMethod, AnchorResult } from './types';
