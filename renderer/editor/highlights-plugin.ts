import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** One highlighted range in ProseMirror positions, with the DOM attributes of its decoration. */
export interface Highlight {
  id: string;
  from: number;
  to: number;
  attrs: Record<string, string>;
}

/**
 * A plugin owning one layer of inline decorations (claims, suggestions, flagged markers...).
 * New ranges arrive as transaction meta under the plugin's key; `apply` maps the existing set
 * first, so a layer stays put between updates (ProseMirror's lint and comment examples).
 */
export function highlightsPlugin(key: PluginKey<DecorationSet>): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const mapped = set.map(tr.mapping, tr.doc);
        const next = tr.getMeta(key) as Highlight[] | undefined;
        return next ? buildDecorations(tr.doc, next) : mapped;
      },
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}

function buildDecorations(
  doc: EditorState['doc'],
  highlights: readonly Highlight[],
): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const highlight of highlights) {
    const from = Math.max(0, Math.min(highlight.from, size));
    const to = Math.max(from, Math.min(highlight.to, size));
    if (to > from)
      decorations.push(Decoration.inline(from, to, highlight.attrs, { id: highlight.id }));
  }
  return DecorationSet.create(doc, decorations);
}

/** A transaction that replaces the plugin's layer with these highlights. */
export function setHighlights(
  state: EditorState,
  key: PluginKey<DecorationSet>,
  highlights: Highlight[],
): Transaction {
  return state.tr.setMeta(key, highlights).setMeta('addToHistory', false);
}

/** Keys of the layers every source view carries. */
export const claimLayer = new PluginKey<DecorationSet>('claim-highlights');
export const suggestionLayer = new PluginKey<DecorationSet>('suggestion-highlights');
export const flashLayer = new PluginKey<DecorationSet>('flash-highlights');
