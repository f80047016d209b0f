import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PmNode } from 'prosemirror-model';

/** One highlighted range in ProseMirror positions, with the DOM attributes of its decoration. */
export interface Highlight {
  id: string;
  from: number;
  to: number;
  attrs: Record<string, string>;
}

/** A layer's decorations plus, per highlight id, what it was drawn from (to diff the next update). */
interface LayerState {
  set: DecorationSet;
  drawn: Map<string, Highlight>;
}

/** Where and how a highlight is drawn, as text: two highlights drawn alike have the same one. */
function signature(highlight: Highlight): string {
  let known = signatures.get(highlight);
  if (known === undefined) {
    let attrs = attrsSignatures.get(highlight.attrs);
    if (attrs === undefined) {
      attrs = JSON.stringify(highlight.attrs);
      attrsSignatures.set(highlight.attrs, attrs);
    }
    known = `${highlight.from}:${highlight.to}:${attrs}`;
    signatures.set(highlight, known);
  }
  return known;
}

/**
 * The attributes of each highlight as text, made once per attributes object: the marks of
 * unchanged claims keep their objects (see claim-marks.ts), and a tag on a source with 5,000
 * claims otherwise wrote all of their attributes out again to find the one that changed.
 */
const attrsSignatures = new WeakMap<Record<string, string>, string>();
/** Each highlight's signature, made once per highlight object (SourceView keeps them per mark). */
const signatures = new WeakMap<Highlight, string>();

/** Whether `next` is drawn as `previous` was: the same object, or the same place and look. */
function drawnAlike(previous: Highlight | undefined, next: Highlight): boolean {
  return previous === next || (previous !== undefined && signature(previous) === signature(next));
}

function decorate(doc: PmNode, highlight: Highlight): Decoration | null {
  const size = doc.content.size;
  const from = Math.max(0, Math.min(highlight.from, size));
  const to = Math.max(from, Math.min(highlight.to, size));
  return to > from ? Decoration.inline(from, to, highlight.attrs, { id: highlight.id }) : null;
}

/**
 * Replaces a layer's highlights with `next`, touching only those that changed: selecting a claim
 * changes two decorations, not five thousand, so the update stays well inside a frame. When most
 * of the layer changed anyway, rebuilding from scratch is cheaper than the diff.
 */
function update(doc: PmNode, previous: LayerState, next: readonly Highlight[]): LayerState {
  const drawn = new Map(next.map((highlight) => [highlight.id, highlight]));
  const changed = next.filter(
    (highlight) => !drawnAlike(previous.drawn.get(highlight.id), highlight),
  );
  const gone = [...previous.drawn.keys()].filter((id) => !drawn.has(id));
  if (changed.length + gone.length > next.length / 2) {
    const decorations = next
      .map((highlight) => decorate(doc, highlight))
      .filter((d): d is Decoration => d !== null);
    return { set: DecorationSet.create(doc, decorations), drawn };
  }
  const stale = new Set([...gone, ...changed.map((highlight) => highlight.id)]);
  const removed = stale.size
    ? previous.set.find(undefined, undefined, (spec) => stale.has((spec as { id: string }).id))
    : [];
  const added = changed
    .map((highlight) => decorate(doc, highlight))
    .filter((d): d is Decoration => d !== null);
  return { set: previous.set.remove(removed).add(doc, added), drawn };
}

/**
 * A plugin owning one layer of inline decorations (claims, suggestions, flash), starting with
 * `initial`. New ranges
 * arrive as transaction meta under the plugin's key; `apply` maps the existing set first, so a
 * layer stays put between updates (ProseMirror's lint and comment examples).
 */
export function highlightsPlugin(
  key: PluginKey<LayerState>,
  initial: readonly Highlight[] = [],
): Plugin<LayerState> {
  return new Plugin<LayerState>({
    key,
    state: {
      // Highlights known when the view is built are drawn with the text in its first render:
      // adding them after would redraw every block of a long source once more.
      init: (_config, state) =>
        update(state.doc, { set: DecorationSet.empty, drawn: new Map() }, initial),
      apply(tr, layer) {
        const mapped = tr.docChanged ? { ...layer, set: layer.set.map(tr.mapping, tr.doc) } : layer;
        const next = tr.getMeta(key) as Highlight[] | undefined;
        return next ? update(tr.doc, mapped, next) : mapped;
      },
    },
    props: {
      decorations: (state) => key.getState(state)?.set,
    },
  });
}

/** A transaction that replaces the plugin's layer with these highlights. */
export function setHighlights(
  state: EditorState,
  key: PluginKey<LayerState>,
  highlights: Highlight[],
): Transaction {
  return state.tr.setMeta(key, highlights).setMeta('addToHistory', false);
}

/** The highlights a layer draws now, by id. */
export function drawnHighlights(
  state: EditorState,
  key: PluginKey<LayerState>,
): ReadonlyMap<string, Highlight> {
  return key.getState(state)?.drawn ?? new Map();
}

/**
 * The way from what a layer draws to `next` in steps of at most `batch` changed highlights: each
 * step is the whole list the layer shows after it, the last one `next` itself. Redrawing 5,000
 * highlights at once (the flags arriving after the first grouping, a long source's suggestions)
 * held the page for 100-150 ms; a step a frame keeps each frame short. A small change is one step.
 */
export function highlightSteps(
  drawn: ReadonlyMap<string, Highlight>,
  next: readonly Highlight[],
  batch: number,
): (readonly Highlight[])[] {
  const wanted = new Map(next.map((highlight) => [highlight.id, highlight]));
  const changes: { id: string; to: Highlight | undefined }[] = [
    ...[...drawn.keys()].filter((id) => !wanted.has(id)).map((id) => ({ id, to: undefined })),
    ...next
      .filter((highlight) => !drawnAlike(drawn.get(highlight.id), highlight))
      .map((highlight) => ({ id: highlight.id, to: highlight })),
  ];
  if (changes.length <= batch) return [next];
  const shown = new Map(drawn);
  const steps: (readonly Highlight[])[] = [];
  for (let from = 0; from + batch < changes.length; from += batch) {
    for (const { id, to } of changes.slice(from, from + batch)) {
      if (to) shown.set(id, to);
      else shown.delete(id);
    }
    steps.push([...shown.values()]);
  }
  steps.push(next);
  return steps;
}

/** Keys of the layers every source view carries. */
export const claimLayer = new PluginKey<LayerState>('claim-highlights');
export const suggestionLayer = new PluginKey<LayerState>('suggestion-highlights');
export const flashLayer = new PluginKey<LayerState>('flash-highlights');
/** Claims just tagged, drawn before the project change that holds them has rendered. */
export const provisionalLayer = new PluginKey<LayerState>('provisional-highlights');
