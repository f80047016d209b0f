import { useEffect, useRef } from 'react';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Source } from '../../core/model/source';
import { buildSourceDoc } from './positions';
import { readOnlyPlugin } from './read-only-plugin';

interface SourceViewProps {
  source: Source;
  /** Accessible name of the text region. */
  label: string;
}

/**
 * The only component that constructs an EditorView. React owns the container element; the view
 * owns everything inside it, and React never touches that DOM.
 */
export function SourceView({ source, label }: SourceViewProps) {
  const mount = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = mount.current;
    if (!element) return;
    const { doc } = buildSourceDoc(source);
    const view = new EditorView(element, {
      state: EditorState.create({ doc, plugins: [readOnlyPlugin()] }),
      attributes: {
        class: 'source-text',
        'aria-label': label,
        'aria-readonly': 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'false',
        'data-source-id': source.id,
      },
    });
    return () => view.destroy();
  }, [source, label]);
  return <div className="source-view" ref={mount} />;
}
