import { DomHandler, ElementType, Parser } from 'htmlparser2';
import { fail, ok, type Result } from '../model/result';
import { countText, IMPORT_LIMITS } from '../io/import-limits';

/** The parsed document (htmlparser2's domhandler tree: plain objects, no DOM, nothing runs). */
export type HtmlDocument = DomHandler['root'];
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

const PARSER_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
};

/** Builds the tree like DomHandler, counting open elements and stopping the parser past a cap. */
class DepthBoundedHandler extends DomHandler {
  private depth = 0;
  tooDeep = false;
  running: Parser | null = null;

  constructor(private readonly maxDepth: number) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    this.depth += 1;
    if (this.depth > this.maxDepth && !this.tooDeep) {
      this.tooDeep = true;
      this.running?.pause();
    }
  }

  override onclosetag(): void {
    super.onclosetag();
    this.depth -= 1;
  }
}

/**
 * Parses HTML into a plain tree. htmlparser2 only tokenizes: scripts are text it never runs,
 * `src`/`href` are strings it never fetches, so hostile markup is inert here by construction.
 * Nesting is capped while parsing: past `maxDepth` open elements the parser stops at once and
 * the page is refused, because htmlparser2 slows down super-linearly with depth (100,000 nested
 * divs took seconds) and no article is nested that deep. The error names the cap.
 */
export function parseHtml(
  html: string,
  maxDepth: number = IMPORT_LIMITS.htmlDepth,
): Result<HtmlDocument> {
  const handler = new DepthBoundedHandler(maxDepth);
  const parser = new Parser(handler, PARSER_OPTIONS);
  handler.running = parser;
  parser.write(html);
  if (handler.tooDeep) {
    return fail(
      `its elements are nested more than ${countText(maxDepth)} levels deep; the limit is ${countText(maxDepth)}`,
    );
  }
  parser.end();
  return ok(handler.root);
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

/**
 * Every node under `root` in document order, depth first, with an explicit stack: no recursion
 * (so no stack overflow) and constant work per node at any depth. `skip` prunes a subtree.
 */
export function* descendants(
  root: HtmlNode | HtmlDocument,
  skip: (node: HtmlNode) => boolean = () => false,
): Generator<HtmlNode> {
  const stack: HtmlNode[] = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    if (skip(node)) continue;
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
}

/** Every element under `root` in document order, depth first. */
export function* elements(root: HtmlNode | HtmlDocument): Generator<HtmlElement> {
  for (const node of descendants(root)) if (isElement(node)) yield node;
}

/** All text under a node, with no regard to layout (for <title> and short labels). */
export function plainText(node: HtmlNode | HtmlDocument): string {
  if (!('children' in node)) return textOf(node) ?? '';
  const parts: string[] = [];
  for (const child of descendants(node)) {
    const text = textOf(child);
    if (text !== null) parts.push(text);
  }
  return parts.join('');
}
