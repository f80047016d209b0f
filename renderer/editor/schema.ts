import { Schema } from 'prosemirror-model';

/** A block that begins a new page of a paged source carries its page number (shown as "p. 2"). */
function pageAttrs(pageStart: unknown): Record<string, string> {
  return typeof pageStart === 'number' ? { 'data-page-start': String(pageStart) } : {};
}

/**
 * The document schema of a source pane: headings and paragraphs of plain text. Sources are
 * read-only, so there are no marks: highlights are decorations owned by plugins.
 */
export const sourceSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      attrs: { pageStart: { default: null } },
      parseDOM: [{ tag: 'p' }],
      toDOM: (node) => ['p', pageAttrs(node.attrs.pageStart), 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { pageStart: { default: null } },
      parseDOM: [{ tag: 'h2' }],
      toDOM: (node) => ['h2', { class: 'source-heading', ...pageAttrs(node.attrs.pageStart) }, 0],
    },
    text: {},
  },
});
