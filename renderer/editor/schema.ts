import { Schema, type Attrs } from 'prosemirror-model';

/**
 * A block's DOM attributes: its writing direction (so right-to-left text wraps from the right and
 * ends with its full stop on the left), and, where it begins a new page of a paged source, its
 * page number (shown as "p. 2").
 */
function blockAttrs(attrs: Attrs): Record<string, string> {
  const dir: unknown = attrs.dir;
  return {
    ...(dir === 'rtl' || dir === 'ltr' ? { dir } : {}),
    ...(typeof attrs.pageStart === 'number' ? { 'data-page-start': String(attrs.pageStart) } : {}),
  };
}

/** Reads a block's direction back from the DOM (the view only; sources are never parsed back). */
function readDir(element: HTMLElement): { dir: string | null } {
  const dir = element.getAttribute('dir');
  return { dir: dir === 'rtl' || dir === 'ltr' ? dir : null };
}

/**
 * The document schema of a source pane: headings and paragraphs of plain text, in chunks of
 * consecutive blocks (see positions.ts). Sources are read-only, so there are no marks:
 * highlights are decorations owned by plugins.
 */
export const sourceSchema = new Schema({
  nodes: {
    doc: { content: 'chunk+' },
    // A run of blocks the browser lays out, paints and skips together (content-visibility on
    // .source-chunk): one observed box per run instead of one per paragraph, and a decoration
    // change that ProseMirror finds by walking tens of chunks rather than thousands of blocks.
    chunk: {
      content: 'block+',
      parseDOM: [{ tag: 'div.source-chunk' }],
      toDOM: () => ['div', { class: 'source-chunk' }, 0],
    },
    paragraph: {
      group: 'block',
      content: 'text*',
      attrs: { pageStart: { default: null }, dir: { default: null } },
      parseDOM: [{ tag: 'p', getAttrs: readDir }],
      toDOM: (node) => ['p', blockAttrs(node.attrs), 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { pageStart: { default: null }, dir: { default: null } },
      parseDOM: [{ tag: 'h2', getAttrs: readDir }],
      toDOM: (node) => ['h2', { class: 'source-heading', ...blockAttrs(node.attrs) }, 0],
    },
    text: {},
  },
});
