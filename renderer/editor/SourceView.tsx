import { useEffect, useRef } from 'react';
import { EditorState, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Source } from '../../core/model/source';
import { buildSourceDoc, type PositionMap } from './positions';
import { readOnlyPlugin } from './read-only-plugin';
import { optOutOfReactSelection } from './react-selection-opt-out';
import { withDomSelection } from './dom-selection';
import { registerProvisionalDrawer } from './provisional-highlights';
import type { TextMark } from './text-mark';
import {
  claimLayer,
  flashLayer,
  highlightsPlugin,
  drawnHighlights,
  highlightSteps,
  provisionalLayer,
  setHighlights,
  suggestionLayer,
  type Highlight,
} from './highlights-plugin';

/** The analyst's current selection in text offsets, with where it ends on screen. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
  anchorRect: { left: number; top: number; bottom: number };
}

/** Ask the view to bring a passage into view and flash it; `nonce` makes a repeat request new. */
export interface FocusRequest {
  start: number;
  end: number;
  nonce: number;
}

interface SourceViewProps {
  source: Source;
  label: string;
  claimMarks: readonly TextMark[];
  suggestionMarks: readonly TextMark[];
  focus: FocusRequest | null;
  onSelect: (selection: TextSelection | null) => void;
  /** The keyboard shortcut for tagging was pressed with text selected. */
  onTagKey: () => void;
  onMarkClick: (id: string, layer: 'claim' | 'suggestion') => void;
}

const FLASH_MS = 1400;

/**
 * Each mark's highlight, made once per mark object and position map: the marks of unchanged
 * claims keep their objects (claim-marks.ts), so a tag on a source with 5,000 claims maps one
 * new mark to document positions instead of all of them, and the layer's diff (highlights-plugin)
 * sees the same highlight objects and skips them.
 */
const highlightsByMap = new WeakMap<PositionMap, WeakMap<TextMark, Highlight>>();

function toHighlights(map: PositionMap, marks: readonly TextMark[]): Highlight[] {
  const made = highlightsByMap.get(map) ?? new WeakMap<TextMark, Highlight>();
  highlightsByMap.set(map, made);
  return marks.map((mark) => {
    let highlight = made.get(mark);
    if (!highlight) {
      highlight = {
        id: mark.id,
        from: map.toPos(mark.start),
        to: map.toPos(mark.end),
        attrs: mark.attrs,
      };
      made.set(mark, highlight);
    }
    return highlight;
  });
}

/** Highlights changed per step when a layer changes much at once (see highlightSteps). */
const HIGHLIGHTS_PER_STEP = 100;

/**
 * Draws `next` on one layer of the view: at once when little changed (a tag, a selection), else
 * a step at a time, each in a task after a frame's paint. A step drawn in the frame itself (a
 * frame callback) went into the frame that showed the next key press, 25-45 ms of it with 200 or
 * 500 highlights a step. Returns what stops the steps not drawn yet (a newer update starts from
 * what is drawn by then).
 */
function drawLayer(
  view: EditorView,
  key: Parameters<typeof setHighlights>[1],
  next: Highlight[],
): () => void {
  const steps = highlightSteps(drawnHighlights(view.state, key), next, HIGHLIGHTS_PER_STEP);
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = (index: number) => {
    const step = steps[index];
    if (!step) return;
    view.dispatch(withDomSelection(view, setHighlights(view.state, key, [...step])));
    if (index + 1 < steps.length)
      frame = requestAnimationFrame(() => (timer = setTimeout(() => draw(index + 1), 0)));
  };
  draw(0);
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The only component that constructs an EditorView. React owns the container element; the view
 * owns everything inside it. Highlights reach the view as transaction meta of their plugin, and
 * callbacks are read through a ref so the view is built once per source.
 */
export function SourceView(props: SourceViewProps) {
  const { source, label, claimMarks, suggestionMarks, focus } = props;
  const mount = useRef<HTMLDivElement>(null);
  /** The view, its position map and the marks it last drew (to skip unchanged updates). */
  const viewRef = useRef<{
    view: EditorView;
    map: PositionMap;
    claimMarks: readonly TextMark[];
    suggestionMarks: readonly TextMark[];
  } | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    const element = mount.current;
    if (!element) return;
    const map = buildSourceDoc(source);
    const { claimMarks: claims, suggestionMarks: suggestions } = callbacks.current;
    const view: EditorView = new EditorView(element, {
      state: EditorState.create({
        doc: map.doc,
        plugins: [
          readOnlyPlugin(),
          highlightsPlugin(claimLayer, toHighlights(map, claims)),
          highlightsPlugin(suggestionLayer, toHighlights(map, suggestions)),
          highlightsPlugin(flashLayer),
          highlightsPlugin(provisionalLayer),
        ],
      }),
      attributes: {
        class: 'source-text',
        'aria-label': label,
        'aria-readonly': 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'false',
        'data-source-id': source.id,
        // The source's language picks fonts, hyphenation and screen-reader voice for its text.
        ...(source.metadata.language && source.metadata.language !== 'und'
          ? { lang: source.metadata.language }
          : {}),
      },
      dispatchTransaction(tr) {
        const selectionBefore = view.state.selection;
        view.updateState(view.state.apply(tr));
        const selection = view.state.selection;
        if (selection.eq(selectionBefore)) return;
        if (selection.empty) return callbacks.current.onSelect(null);
        const start = map.toOffset(selection.from);
        const end = map.toOffset(selection.to);
        if (end <= start) return callbacks.current.onSelect(null);
        const rect = view.coordsAtPos(selection.to);
        callbacks.current.onSelect({
          start,
          end,
          quote: source.text.slice(start, end),
          anchorRect: { left: rect.left, top: rect.top, bottom: rect.bottom },
        });
      },
      handleKeyDown(_view, event) {
        const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
        if (plain && (event.key === 't' || event.key === 'T') && !view.state.selection.empty) {
          callbacks.current.onTagKey();
          return true;
        }
        // Esc lets go of the selection, so its "Tag claim" button does not stay over the text.
        if (plain && event.key === 'Escape' && !view.state.selection.empty) {
          const { state } = view;
          view.dispatch(state.tr.setSelection(Selection.near(state.selection.$to)));
          return true;
        }
        return false;
      },
      handleDOMEvents: {
        click(_view, event) {
          const target =
            event.target instanceof Element ? event.target.closest('[data-mark-id]') : null;
          if (!target || !view.state.selection.empty) return false;
          const id = target.getAttribute('data-mark-id') ?? '';
          callbacks.current.onMarkClick(
            id,
            target.getAttribute('data-layer') === 'suggestion' ? 'suggestion' : 'claim',
          );
          return false;
        },
      },
    });
    optOutOfReactSelection(view.dom);
    viewRef.current = { view, map, claimMarks: claims, suggestionMarks: suggestions };
    const unregister = registerProvisionalDrawer(source.id, (marks) =>
      view.dispatch(
        withDomSelection(
          view,
          setHighlights(view.state, provisionalLayer, toHighlights(map, marks)),
        ),
      ),
    );
    return () => {
      unregister();
      viewRef.current = null;
      view.destroy();
    };
  }, [source, label]);

  useEffect(() => {
    const current = viewRef.current;
    if (!current || current.claimMarks === claimMarks) return;
    current.claimMarks = claimMarks;
    // The claims drawn ahead of this render (provisional-highlights.ts) are among these now.
    const { view } = current;
    if (drawnHighlights(view.state, provisionalLayer).size > 0)
      view.dispatch(setHighlights(view.state, provisionalLayer, []));
    return drawLayer(view, claimLayer, toHighlights(current.map, claimMarks));
  }, [claimMarks, source]);

  useEffect(() => {
    const current = viewRef.current;
    if (!current || current.suggestionMarks === suggestionMarks) return;
    current.suggestionMarks = suggestionMarks;
    return drawLayer(current.view, suggestionLayer, toHighlights(current.map, suggestionMarks));
  }, [suggestionMarks, source]);

  useEffect(() => {
    const current = viewRef.current;
    if (!current || !focus) return;
    const { view, map } = current;
    const flash: Highlight = {
      id: 'flash',
      from: map.toPos(focus.start),
      to: map.toPos(focus.end),
      attrs: { class: 'flash' },
    };
    view.dispatch(setHighlights(view.state, flashLayer, [flash]));
    // Scrolled to in the next frame, when the browser lays the page out anyway: asked for here,
    // during the click, it forced a layout of the whole (long) text on top of that frame's.
    const frame = requestAnimationFrame(() =>
      view.dom.querySelector('.flash')?.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
    const timer = setTimeout(() => {
      if (viewRef.current?.view === view) view.dispatch(setHighlights(view.state, flashLayer, []));
    }, FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [focus]);

  return <div className="source-view" ref={mount} />;
}
