import type { RawBlock } from './blocks';
import { collapseSpaces } from './blocks';
import {
  childrenOf,
  descendants,
  elements,
  isElement,
  textOf,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
} from './html-dom';

/** Elements whose content is never article text: chrome, code, embeds and form controls. */
const DROPPED = new Set([
  'head',
  'nav',
  'aside',
  'footer',
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'form',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'picture',
  'img',
  'dialog',
  'link',
  'meta',
  'title',
  'menu',
]);
/** ARIA roles of page chrome. */
const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
]);
/** class/id words of boxes around an article that are not the article (readability's list). */
const CHROME_NAMES =
  /(^|[\s_-])(comments?|share|sharing|social|related|newsletter|cookies?|breadcrumbs?|sidebar|advert|advertisement|ads|promo|subscribe|popup|modal)([\s_-]|$)/i;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'p',
  'li',
  'blockquote',
  'div',
  'section',
  'article',
  'main',
  'body',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'hr',
  'header',
  'hgroup',
  ...HEADINGS,
]);
/** A <p> shorter than this is a label or a byline, not article text, when choosing the root. */
const MIN_PARAGRAPH = 25;
/** Share of its parent's paragraph text a child must hold for the search to descend into it. */
const DESCEND_SHARE = 0.75;
/** Share of the page's paragraph text an <article>/<main> must hold to be trusted as the root. */
const LANDMARK_SHARE = 0.4;

/** Whether an element is hidden or is page chrome, so nothing inside it is read. */
function isDropped(element: HtmlElement): boolean {
  const a = element.attribs;
  if (DROPPED.has(element.name)) return true;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && DROPPED_ROLES.has(a.role.toLowerCase())) return true;
  if (a.style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style)) return true;
  if (a.class === undefined && a.id === undefined) return false;
  return CHROME_NAMES.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

/** Whether an element is a landmark that may hold the article (<article>, <main>). */
function isLandmark(element: HtmlElement, landmark: 'article' | 'main'): boolean {
  return element.name === landmark || (landmark === 'main' && element.attribs.role === 'main');
}

/** Paragraph weights and the elements chooseRoot starts from, found in one walk. */
interface PageOutline {
  /** Only weights above 0: chooseRoot never picks an element without paragraph text. */
  weights: Map<HtmlElement, number>;
  body: HtmlElement | undefined;
  landmarks: HtmlElement[];
}

/**
 * Paragraph text held by every element: the length of its <p> descendants' text; a <p> or a
 * dropped element is a leaf. One walk in document order with a stack of open elements (no
 * recursion, memory in the depth, not the breadth): an element's total is known when its last
 * child is done and is added to its parent's. The same walk notes <body> and the landmarks.
 * Elements without paragraph text are not stored (a tag soup of 70,000 of them filled a Map).
 */
function outline(tree: HtmlDocument): PageOutline {
  const weights = new Map<HtmlElement, number>();
  const landmarks: HtmlElement[] = [];
  let body: HtmlElement | undefined;
  type Frame = {
    node: HtmlElement | HtmlDocument;
    children: readonly HtmlNode[];
    next: number;
    total: number;
  };
  const stack: Frame[] = [{ node: tree, children: childrenOf(tree), next: 0, total: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.children;
    if (frame.next === children.length) {
      stack.pop();
      if (isElement(frame.node) && frame.total > 0) weights.set(frame.node, frame.total);
      const parent = stack[stack.length - 1];
      if (parent) parent.total += frame.total;
      continue;
    }
    const child = children[frame.next]!;
    frame.next += 1;
    if (!isElement(child)) continue;
    if (isLandmark(child, 'article') || isLandmark(child, 'main')) landmarks.push(child);
    if (isDropped(child)) continue;
    if (child.name === 'p') {
      const length = collapseSpaces(textUnder(child)).length;
      const weight = length >= MIN_PARAGRAPH ? length : 0;
      if (weight > 0) weights.set(child, weight);
      frame.total += weight;
    } else {
      if (child.name === 'body') body ??= child;
      stack.push({ node: child, children: childrenOf(child), next: 0, total: 0 });
    }
  }
  // A <body> only inside a <p> or dropped box: the first one, as the page has it.
  body ??= [...elements(tree)].find((e) => e.name === 'body');
  return { weights, body, landmarks };
}

/** Text under a node, skipping dropped elements; the pieces are joined by spaces. */
function textUnder(node: HtmlNode): string {
  const parts: string[] = [];
  for (const child of descendants(node, (n) => isElement(n) && isDropped(n))) {
    const text = textOf(child);
    if (text !== null) parts.push(text);
  }
  return parts.join(' ');
}

/**
 * Picks the element holding the article, readability-style: the <article> (or <main>) with the
 * most paragraph text if it holds a fair share of the page's; otherwise, starting from <body>,
 * descend while one child holds most (75%) of its parent's paragraph text. Trade-off: a page
 * whose article is split across sibling boxes keeps their common parent (and maybe a little
 * chrome) rather than losing half the article.
 */
export function chooseRoot(tree: HtmlDocument): HtmlElement | HtmlDocument {
  const { weights, body, landmarks } = outline(tree);
  const total = body
    ? (weights.get(body) ?? 0)
    : [...weights.values()].reduce((n, weight) => Math.max(n, weight), 0);
  for (const landmark of ['article', 'main'] as const) {
    const candidates = landmarks.filter((e) => isLandmark(e, landmark));
    const best = candidates.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))[0];
    if (
      best &&
      (weights.get(best) ?? 0) > 0 &&
      (weights.get(best) ?? 0) >= total * LANDMARK_SHARE
    ) {
      return best;
    }
  }
  let root: HtmlElement | HtmlDocument = body ?? tree;
  if (total === 0) return root;
  for (;;) {
    const own: number = isElement(root) ? (weights.get(root) ?? 0) : total;
    const next: HtmlNode | undefined = childrenOf(root).find(
      (child) =>
        isElement(child) && (weights.get(child) ?? 0) >= own * DESCEND_SHARE && child.name !== 'p',
    );
    if (!next || !isElement(next)) return root;
    root = next;
  }
}

/**
 * Reads the blocks of text under `root`: headings become heading blocks, every other block
 * element (p, li, blockquote, div, td...) a paragraph, and <br> ends a paragraph, since
 * canonical text has one paragraph per block. Text inside dropped elements is skipped; inside
 * a <header> only its headings are kept (the headline, not the share buttons).
 */
export function readBlocks(root: HtmlElement | HtmlDocument): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buffer = '';
  const flush = (kind: RawBlock['kind']) => {
    const text = collapseSpaces(buffer);
    buffer = '';
    if (text) blocks.push({ kind, text });
  };
  // An explicit stack of the open elements instead of recursion; each frame is an element
  // being read, and a block element's frame flushes its block when its last child is read.
  type Frame = {
    children: readonly HtmlNode[];
    next: number;
    kind: RawBlock['kind'];
    headingsOnly: boolean;
    end: RawBlock['kind'] | null;
  };
  const stack: Frame[] = [
    { children: childrenOf(root), next: 0, kind: 'paragraph', headingsOnly: false, end: null },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.children.length) {
      stack.pop();
      if (frame.end !== null) flush(frame.end);
      continue;
    }
    const node = frame.children[frame.next]!;
    frame.next += 1;
    const { kind, headingsOnly } = frame;
    const text = textOf(node);
    if (text !== null) {
      if (!headingsOnly || kind === 'heading') buffer += text;
      continue;
    }
    if (!isElement(node) || isDropped(node)) continue;
    if (node.name === 'br') {
      flush(kind);
      continue;
    }
    if (!BLOCKS.has(node.name)) {
      stack.push({ children: childrenOf(node), next: 0, kind, headingsOnly, end: null });
      continue;
    }
    const inner = HEADINGS.has(node.name) ? 'heading' : kind;
    flush(kind);
    stack.push({
      children: childrenOf(node),
      next: 0,
      kind: inner,
      headingsOnly: headingsOnly || node.name === 'header',
      end: inner,
    });
  }
  flush('paragraph');
  return blocks;
}
