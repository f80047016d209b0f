import { ElementType, parseDocument } from 'htmlparser2';

/** The parsed document (htmlparser2's domhandler tree: plain objects, no DOM, nothing runs). */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/**
 * Parses HTML into a plain tree. htmlparser2 only tokenizes: scripts are text it never runs,
 * `src`/`href` are strings it never fetches, so hostile markup is inert here by construction.
 */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
}

/** True for element nodes (tags), including <script> and <style>. */
export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return 'attribs' in node && 'name' in node;
}

/** The text of a text node, or null for anything else. */
export function textOf(node: HtmlNode): string | null {
  return node.type === ElementType.Text && 'data' in node ? node.data : null;
}

/** Child nodes of a document or element; empty for text and comments. */
export function childrenOf(node: HtmlNode | HtmlDocument): readonly HtmlNode[] {
  return 'children' in node ? node.children : [];
}

/** Every element under `root` in document order, depth first. */
export function* elements(root: HtmlNode | HtmlDocument): Generator<HtmlElement> {
  for (const child of childrenOf(root)) {
    if (isElement(child)) {
      yield child;
      yield* elements(child);
    }
  }
}

/** All text under a node, with no regard to layout (for <title> and short labels). */
export function plainText(node: HtmlNode | HtmlDocument): string {
  const text = textOf(node);
  if (text !== null) return text;
  return childrenOf(node).map(plainText).join('');
}
