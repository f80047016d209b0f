import { Parser, type Handler } from 'htmlparser2';
import { fail, ok, type Result } from '../model/result';
import { countText, IMPORT_LIMITS } from '../io/import-limits';
import { TextPieces } from './text-pieces';

/**
 * A node of the parsed page (an element or a run of text) is its index in document order:
 * the page keeps no object per node, see HtmlPage.
 */
export type HtmlNode = number;

/** Stands for the page itself where a node is expected: its children are the top-level nodes. */
export const WHOLE_PAGE: HtmlNode = -1;

/** The name code of a run of text. */
const TEXT = -1;

/**
 * The parsed page, flat: per node (in document order) its name code, the index one past its
 * last descendant, and its text or attributes, in three arrays. Comments, doctype and CDATA
 * are not kept. Why flat: a tree of one object per element (plus a child list) survived the
 * garbage collector's young generation on a 1 MB page, which was copied and promoted node by
 * node and made 1 MB cost more than ten times 100 KB; three arrays are three objects at any
 * size, and the two of numbers are typed arrays, outside the heap the collector scans.
 * The descendants of a node are the nodes from first(node) to end(node); its children are found
 * by jumping from one child's end to the next.
 */
export class HtmlPage {
  constructor(
    /** Per node: the index of an element's name in `names`, or TEXT. */
    private readonly codes: Int32Array,
    /** Per node: one past the last node inside it (the next index, for text). */
    private readonly ends: Int32Array,
    /** Per node: a text node's text, an element's attributes. */
    private readonly values: readonly (string | Readonly<Record<string, string>>)[],
    /** Each element name once (lower case). */
    private readonly names: readonly string[],
  ) {}

  /** How many nodes (elements and runs of text) the page has. */
  get size(): number {
    return this.codes.length;
  }

  /** True for element nodes (tags), including <script> and <style>. */
  isElement(node: HtmlNode): boolean {
    return this.codes[node] !== TEXT;
  }

  /** The text of a text node, or null for an element. */
  text(node: HtmlNode): string | null {
    const value = this.values[node];
    return typeof value === 'string' ? value : null;
  }

  /** An element's lower-case name ('' for text). */
  name(node: HtmlNode): string {
    const code = this.codes[node]!;
    return code === TEXT ? '' : this.names[code]!;
  }

  /** An element's attributes (names in lower case); none for text. */
  attribs(node: HtmlNode): Readonly<Record<string, string>> {
    const value = this.values[node];
    return typeof value === 'string' || value === undefined ? NO_ATTRIBUTES : value;
  }

  /** The first node inside `node` (its first child, if `end(node)` is past it). */
  first(node: HtmlNode): HtmlNode {
    return node === WHOLE_PAGE ? 0 : node + 1;
  }

  /** One past the last node inside `node`: the next node that is not its descendant. */
  end(node: HtmlNode): HtmlNode {
    return node === WHOLE_PAGE ? this.codes.length : this.ends[node]!;
  }
}

const PARSER_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
};

/** Shared by every element without attributes, so a tag soup keeps one object, not millions. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** A growing list of 32-bit integers in a typed array (doubled when full). */
class Int32List {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The values pushed, as a view of the buffer (no copy). */
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * Fills the page's arrays from htmlparser2's events and counts open elements, stopping the
 * parser past the depth cap. Not htmlparser2's DomHandler: its nodes carry parent/sibling
 * links, indices and types, the kind of per-node objects the flat page exists to avoid.
 */
class PageBuilder implements Partial<Handler> {
  private readonly codes = new Int32List();
  private readonly ends = new Int32List();
  private readonly values: (string | Readonly<Record<string, string>>)[] = [];
  private readonly names: string[] = [];
  private readonly codeOfName = new Map<string, number>();
  /** Indices of the open elements, outermost first. */
  private readonly open: HtmlNode[] = [];
  /** The pieces of the run of text being read. */
  private readonly textRun = new TextPieces();
  tooDeep = false;
  running: Parser | null = null;

  constructor(private readonly maxDepth: number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    this.endText();
    let code = this.codeOfName.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codeOfName.set(name, code);
    }
    this.open.push(this.codes.length);
    this.add(code, hasKeys(attribs) ? attribs : NO_ATTRIBUTES);
    if (this.open.length > this.maxDepth && !this.tooDeep) {
      this.tooDeep = true;
      this.running?.pause();
    }
  }

  onclosetag(): void {
    this.endText();
    const node = this.open.pop();
    if (node !== undefined) this.ends.set(node, this.codes.length);
  }

  /**
   * htmlparser2 hands text over in pieces (one per entity, one per stray '<'); they are joined
   * once the run ends, as one string, as a DOM has it (see TextPieces).
   */
  ontext(text: string): void {
    this.textRun.add(text);
  }

  onend(): void {
    this.endText();
  }

  /** The page read so far; elements still open end with it. */
  page(): HtmlPage {
    this.endText();
    for (const node of this.open) this.ends.set(node, this.codes.length);
    return new HtmlPage(this.codes.done(), this.ends.done(), this.values, this.names);
  }

  private endText(): void {
    if (!this.textRun.empty) this.add(TEXT, this.textRun.take());
  }

  /** Appends a node; its end is the next index until it closes (final at once for text). */
  private add(code: number, value: string | Readonly<Record<string, string>>): void {
    this.codes.push(code);
    this.values.push(value);
    this.ends.push(this.codes.length);
  }
}

/**
 * Parses HTML into a flat page. htmlparser2 only tokenizes: scripts are text it never runs,
 * `src`/`href` are strings it never fetches, so hostile markup is inert here by construction.
 * Nesting is capped while parsing: past `maxDepth` open elements the parser stops at once and
 * the page is refused, because htmlparser2 slows down super-linearly with depth (100,000 nested
 * divs took seconds) and no article is nested that deep. The error names the cap.
 */
export function parseHtml(
  html: string,
  maxDepth: number = IMPORT_LIMITS.htmlDepth,
): Result<HtmlPage> {
  const builder = new PageBuilder(maxDepth);
  const parser = new Parser(builder, PARSER_OPTIONS);
  builder.running = parser;
  parser.write(html);
  if (builder.tooDeep) {
    return fail(
      `its elements are nested more than ${countText(maxDepth)} levels deep; the limit is ${countText(maxDepth)}`,
    );
  }
  parser.end();
  return ok(builder.page());
}

/** What walkTree reports, in document order. */
export interface HtmlVisitor {
  /**
   * An element begins; returning false skips everything inside it (and its close). `parent` is
   * the innermost element still open, or the node the walk started from.
   */
  open(node: HtmlNode, parent: HtmlNode): boolean;
  /** An element whose open returned true ends, after everything inside it. */
  close(node: HtmlNode, parent: HtmlNode): void;
  /** A run of text. */
  text(text: string): void;
}

/**
 * Walks the nodes under `root` in document order, reporting where each element opens and
 * closes: the readers that need the nesting (block kinds, paragraph weights) keep their own
 * state per open element. A stack of open elements (memory in the depth, no recursion, so no
 * stack overflow) and constant work per node; nothing is allocated per node.
 */
export function walkTree(page: HtmlPage, root: HtmlNode, visitor: HtmlVisitor): void {
  const open: HtmlNode[] = [];
  const end = page.end(root);
  for (let node = page.first(root); ;) {
    while (open.length > 0 && page.end(open[open.length - 1]!) <= node) {
      const done = open.pop()!;
      visitor.close(done, open.length > 0 ? open[open.length - 1]! : root);
    }
    if (node >= end) return;
    const text = page.text(node);
    if (text !== null) {
      visitor.text(text);
      node += 1;
    } else if (visitor.open(node, open.length > 0 ? open[open.length - 1]! : root)) {
      open.push(node);
      node += 1;
    } else {
      node = page.end(node);
    }
  }
}

/** All text under a node, with no regard to layout (for <title> and short labels). */
export function plainText(page: HtmlPage, root: HtmlNode): string {
  let text = '';
  const end = page.end(root);
  for (let node = page.first(root); node < end; node += 1) text += page.text(node) ?? '';
  return text;
}
