import { Schema } from 'prosemirror-model';

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
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'h2' }],
      toDOM: () => ['h2', { class: 'source-heading' }, 0],
    },
    text: {},
  },
});
