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
  return CHROME_NAMES.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

/**
 * Paragraph text held by every element: the length of its <p> descendants' text. Children are
 * summed before their parents by visiting the elements in reverse document order (no recursion,
 * linear in the number of elements whatever the depth); a <p> or a dropped element is a leaf.
 */
function paragraphWeights(tree: HtmlDocument): Map<HtmlElement, number> {
  const weights = new Map<HtmlElement, number>();
  const leaf = (node: HtmlNode) => isElement(node) && (node.name === 'p' || isDropped(node));
  const order = [...descendants(tree, leaf)].filter(isElement);
  for (let index = order.length - 1; index >= 0; index -= 1) {
    const element = order[index] as HtmlElement;
    let total = 0;
    if (isDropped(element)) total = 0;
    else if (element.name === 'p') {
      const length = collapseSpaces(textUnder(element)).length;
      total = length >= MIN_PARAGRAPH ? length : 0;
    } else {
      for (const child of element.children) if (isElement(child)) total += weights.get(child) ?? 0;
    }
    weights.set(element, total);
  }
  return weights;
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
  const weights = paragraphWeights(tree);
  const all = [...elements(tree)];
  const body = all.find((e) => e.name === 'body');
  const total = body
    ? (weights.get(body) ?? 0)
    : all.reduce((n, e) => Math.max(n, weights.get(e) ?? 0), 0);
  for (const landmark of ['article', 'main']) {
    const candidates = all.filter(
      (e) => e.name === landmark || (landmark === 'main' && e.attribs.role === 'main'),
    );
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
    const own = isElement(root) ? (weights.get(root) ?? 0) : total;
    const next = childrenOf(root).find(
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
  // An explicit stack instead of recursion: a node to read, or the end of a block to flush.
  type Task =
    { node: HtmlNode; kind: RawBlock['kind']; headingsOnly: boolean } | { end: RawBlock['kind'] };
  const stack: Task[] = [];
  const pushChildren = (
    node: HtmlNode | HtmlDocument,
    kind: RawBlock['kind'],
    headingsOnly: boolean,
  ) => {
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index -= 1)
      stack.push({ node: children[index] as HtmlNode, kind, headingsOnly });
  };
  pushChildren(root, 'paragraph', false);
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if ('end' in task) {
      flush(task.end);
      continue;
    }
    const { node, kind, headingsOnly } = task;
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
      pushChildren(node, kind, headingsOnly);
      continue;
    }
    const inner = HEADINGS.has(node.name) ? 'heading' : kind;
    flush(kind);
    stack.push({ end: inner });
    pushChildren(node, inner, headingsOnly || node.name === 'header');
  }
  flush('paragraph');
  return blocks;
}
