import { Parser, type Handler } from 'htmlparser2';
import { fail, ok, type Result } from '../model/result';
import { countText, IMPORT_LIMITS } from '../io/import-limits';

/**
 * What an element or the page holds: its child nodes, or just the string when its only child is
 * one run of text (the commonest element of every page, <p>, <a>, <td>, keeps no array).
 * Read it through childrenOf.
 */
export type HtmlContent = HtmlNode[] | string;
/** An element of the parsed page: its lower-case name, attributes and content. */
export interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  content: HtmlContent;
}
/** A node of the parsed page: an element or a run of text (a plain string). */
export type HtmlNode = HtmlElement | string;
/** The parsed page: the top-level nodes. Comments, doctype and CDATA are not kept. */
export interface HtmlDocument {
  content: HtmlContent;
}

const PARSER_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
};

/** Shared by every element without attributes, so a tag soup keeps one object, not millions. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/** Shared by every element until its first child: no 17-slot array per empty element. */
const NO_CHILDREN: HtmlNode[] = Object.freeze([]) as unknown as HtmlNode[];

function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * Builds the smallest tree the readers need (name, attributes, children; text as strings) and
 * counts open elements, stopping the parser past the depth cap. Not htmlparser2's DomHandler:
 * its nodes also carry parent/sibling links, indices and types (about three times the memory),
 * and on a 1 MB tag soup the tree outgrew the young generation of the garbage collector, which
 * made parsing 1 MB take 25 times as long as 100 KB (2.5 times the time per byte).
 */
class CompactTreeBuilder implements Partial<Handler> {
  readonly root: HtmlDocument = { content: [] };
  private readonly open: (HtmlDocument | HtmlElement)[] = [this.root];
  private textRun: string[] = [];
  tooDeep = false;
  running: Parser | null = null;

  constructor(private readonly maxDepth: number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    const element: HtmlElement = {
      name,
      attribs: hasKeys(attribs) ? attribs : NO_ATTRIBUTES,
      content: NO_CHILDREN,
    };
    this.append(element);
    this.open.push(element);
    if (this.open.length - 1 > this.maxDepth && !this.tooDeep) {
      this.tooDeep = true;
      this.running?.pause();
    }
  }

  onclosetag(): void {
    this.endText();
    if (this.open.length > 1) this.open.pop();
  }

  /**
   * htmlparser2 hands text over in pieces (one per entity, one per stray '<'); they are kept in
   * a list and joined once the run ends, as one string, as a DOM has it. Appending each piece
   * to a string instead built a chain of a million pieces for a megabyte of '<'.
   */
  ontext(text: string): void {
    this.textRun.push(text);
  }

  onend(): void {
    this.endText();
  }

  private endText(): void {
    if (this.textRun.length === 0) return;
    const text = this.textRun.length === 1 ? this.textRun[0]! : this.textRun.join('');
    this.textRun = [];
    this.appendChild(text);
  }

  private append(element: HtmlElement): void {
    this.endText();
    this.appendChild(element);
  }

  /**
   * Adds a child to the innermost open node: a lone run of text is kept as the string, a first
   * element gets an array of its own size.
   */
  private appendChild(node: HtmlNode): void {
    const parent = this.open[this.open.length - 1]!;
    const content = parent.content;
    if (content === NO_CHILDREN) parent.content = typeof node === 'string' ? node : [node];
    else if (typeof content === 'string') parent.content = [content, node];
    else content.push(node);
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
  const builder = new CompactTreeBuilder(maxDepth);
  const parser = new Parser(builder, PARSER_OPTIONS);
  builder.running = parser;
  parser.write(html);
  if (builder.tooDeep) {
    return fail(
      `its elements are nested more than ${countText(maxDepth)} levels deep; the limit is ${countText(maxDepth)}`,
    );
  }
  parser.end();
  return ok(builder.root);
}

/** True for element nodes (tags), including <script> and <style>. */
export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return typeof node !== 'string' && 'name' in node;
}

/** The text of a text node, or null for anything else. */
export function textOf(node: HtmlNode): string | null {
  return typeof node === 'string' ? node : null;
}

/** Child nodes of a document or element; empty for text. */
export function childrenOf(node: HtmlNode | HtmlDocument): readonly HtmlNode[] {
  if (typeof node === 'string') return NO_CHILDREN;
  const content = node.content;
  return typeof content === 'string' ? [content] : content;
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
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  for (const child of descendants(node)) {
    const text = textOf(child);
    if (text !== null) parts.push(text);
  }
  return parts.join('');
}
