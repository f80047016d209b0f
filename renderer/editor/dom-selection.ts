import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * `tr` carrying the page's selection when ProseMirror has not read it yet. A decoration update
 * that lands between a selection change and its "selectionchange" event makes ProseMirror write
 * its older selection back into the page (it guards only mouse drags against this), so a
 * selection made just as the groups were redrawn (flags after a regroup) was lost and no Tag
 * button came.
 */
export function withDomSelection(view: EditorView, tr: Transaction): Transaction {
  const dom = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = dom ?? {};
  if (!dom || !anchorNode || !focusNode) return tr;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return tr;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(anchorNode, dom.anchorOffset);
    head = view.posAtDOM(focusNode, dom.focusOffset);
  } catch {
    return tr;
  }
  if (tr.selection.anchor === anchor && tr.selection.head === head) return tr;
  return tr.setSelection(TextSelection.create(tr.doc, anchor, head));
}
