import type { TextMark } from './text-mark';

/** Draws marks on one mounted source view's provisional layer (SourceView registers it). */
type Drawer = (marks: readonly TextMark[]) => void;

/** The mounted source views, by source id. */
const drawers = new Map<string, Drawer>();

/**
 * Lets the source view of `sourceId` draw provisional marks; returns what unregisters it. Called
 * by SourceView when it builds its editor view, so only a source on screen draws anything.
 */
export function registerProvisionalDrawer(sourceId: string, drawer: Drawer): () => void {
  drawers.set(sourceId, drawer);
  return () => {
    if (drawers.get(sourceId) === drawer) drawers.delete(sourceId);
  };
}

/**
 * Draws the marks of claims just made, in the same task as the key press that made them, before
 * the project change renders: that render (placing, marking and listing 5,000 claims, pending
 * suggestions, the side panel) runs as a transition after this frame, and the analyst sees the
 * highlight at once. The view drops these marks when its claim marks next change, which is when
 * the real ones arrive. Returns whether a view of the source is on screen to draw them.
 */
export function drawProvisional(sourceId: string, marks: readonly TextMark[]): boolean {
  const drawer = drawers.get(sourceId);
  drawer?.(marks);
  return drawer !== undefined;
}
