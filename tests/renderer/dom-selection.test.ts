// @vitest-environment jsdom
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { withDomSelection } from '../../renderer/editor/dom-selection';
import { buildSourceDoc } from '../../renderer/editor/positions';
import { source } from './claims/claim-fixtures';

const harbour = source('harbour', 'The storm flooded 40 homes near the harbour on Sunday.');
const map = buildSourceDoc(harbour);

function viewWithDomSelection(words: string | null) {
  const view = new EditorView(document.body.appendChild(document.createElement('div')), {
    state: EditorState.create({ doc: map.doc }),
  });
  if (words) {
    const walker = document.createTreeWalker(view.dom, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      break;
    }
  } else document.getSelection()?.removeAllRanges();
  return view;
}

describe('withDomSelection', () => {
  it.each<[string, string | null, string]>([
    ['a selection not yet read is carried by the transaction', '40 homes', '40 homes'],
    ['no selection in the page leaves the transaction alone', null, ''],
  ])('%s', (_name, words, expected) => {
    const view = viewWithDomSelection(words);
    const tr = withDomSelection(view, view.state.tr);
    const { from, to } = tr.selection;
    expect(harbour.text.slice(map.toOffset(from), map.toOffset(to))).toBe(expected);
    view.destroy();
  });
});
