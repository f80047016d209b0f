import { Plugin } from 'prosemirror-state';

/**
 * Sources are never edited, but the view stays focusable so the analyst can select with the
 * keyboard (Shift+arrows) as well as the mouse. This plugin refuses every transaction that would
 * change the document; selection changes pass.
 */
export function readOnlyPlugin(): Plugin {
  return new Plugin({ filterTransaction: (tr) => !tr.docChanged });
}
