import type { BlockKind } from '../text/block';
import { CanonicalBodyBuilder, collapseSpaces, type CanonicalBody } from './blocks';
import { walkTree, WHOLE_PAGE, type HtmlNode, type HtmlPage } from './html-dom';

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
function isDropped(page: HtmlPage, element: HtmlNode): boolean {
  if (DROPPED.has(page.name(element))) return true;
  const a = page.attribs(element);
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && DROPPED_ROLES.has(a.role.toLowerCase())) return true;
  if (a.style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style)) return true;
  if (a.class === undefined && a.id === undefined) return false;
  return CHROME_NAMES.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

/** Whether an element is a landmark that may hold the article (<article>, <main>). */
function isLandmark(page: HtmlPage, element: HtmlNode, landmark: 'article' | 'main'): boolean {
  return (
    page.name(element) === landmark ||
    (landmark === 'main' && page.attribs(element).role === 'main')
  );
}

/** Paragraph weights and the elements chooseRoot starts from, found in one walk. */
interface PageOutline {
  /** Per node: its paragraph text (0 for text, and for elements chooseRoot must never pick). */
  weights: Float64Array;
  body: HtmlNode | undefined;
  landmarks: HtmlNode[];
}

/**
 * Paragraph text held by every element: the length of its <p> descendants' text; a <p> or a
 * dropped element is a leaf. One walk in document order: an element's total is known when it
 * closes and is added to its parent's. The same walk notes <body> and the landmarks. The
 * weights are one array of numbers for the whole page, not an entry per element.
 */
function outline(page: HtmlPage): PageOutline {
  const weights = new Float64Array(page.size);
  const landmarks: HtmlNode[] = [];
  let body: HtmlNode | undefined;
  const addTo = (parent: HtmlNode, weight: number) => {
    if (parent !== WHOLE_PAGE) weights[parent] = weights[parent]! + weight;
  };
  walkTree(page, WHOLE_PAGE, {
    open(node, parent) {
      if (isLandmark(page, node, 'article') || isLandmark(page, node, 'main')) landmarks.push(node);
      if (isDropped(page, node)) return false;
      const name = page.name(node);
      if (name !== 'p') {
        if (name === 'body') body ??= node;
        return true;
      }
      const length = collapseSpaces(textUnder(page, node)).length;
      weights[node] = length >= MIN_PARAGRAPH ? length : 0;
      addTo(parent, weights[node]);
      return false;
    },
    close(node, parent) {
      addTo(parent, weights[node]!);
    },
    text() {},
  });
  // A <body> only inside a <p> or dropped box: the first one, as the page has it.
  for (let node = 0; body === undefined && node < page.size; node += 1)
    if (page.name(node) === 'body') body = node;
  return { weights, body, landmarks };
}

/** Text under a node, skipping dropped elements; the pieces are joined by spaces. */
function textUnder(page: HtmlPage, root: HtmlNode): string {
  let text: string | undefined;
  const end = page.end(root);
  for (let node = page.first(root); node < end;) {
    const piece = page.text(node);
    if (piece !== null) text = text === undefined ? piece : `${text} ${piece}`;
    node = piece === null && isDropped(page, node) ? page.end(node) : node + 1;
  }
  return text ?? '';
}

/**
 * Picks the element holding the article, readability-style: the <article> (or <main>) with the
 * most paragraph text if it holds a fair share of the page's; otherwise, starting from <body>,
 * descend while one child holds most (75%) of its parent's paragraph text. Trade-off: a page
 * whose article is split across sibling boxes keeps their common parent (and maybe a little
 * chrome) rather than losing half the article. Returns WHOLE_PAGE for a page without <body>
 * whose paragraphs no single element holds.
 */
export function chooseRoot(page: HtmlPage): HtmlNode {
  const { weights, body, landmarks } = outline(page);
  const total = body !== undefined ? weights[body]! : weights.reduce((n, w) => Math.max(n, w), 0);
  for (const landmark of ['article', 'main'] as const) {
    let best: HtmlNode | undefined;
    for (const node of landmarks)
      if (
        isLandmark(page, node, landmark) &&
        (best === undefined || weights[node]! > weights[best]!)
      )
        best = node;
    if (best !== undefined && weights[best]! > 0 && weights[best]! >= total * LANDMARK_SHARE)
      return best;
  }
  let root = body ?? WHOLE_PAGE;
  if (total === 0) return root;
  for (;;) {
    const own = root === WHOLE_PAGE ? total : weights[root]!;
    let next: HtmlNode | undefined;
    for (let child = page.first(root); child < page.end(root); child = page.end(child)) {
      if (weights[child]! >= own * DESCEND_SHARE && page.name(child) !== 'p') {
        next = child;
        break;
      }
    }
    if (next === undefined) return root;
    root = next;
  }
}

/**
 * Reads the canonical body under `root`: headings become heading blocks, every other block
 * element (p, li, blockquote, div, td...) a paragraph, and <br> ends a paragraph, since
 * canonical text has one paragraph per block. Text inside dropped elements is skipped; inside
 * a <header> only its headings are kept (the headline, not the share buttons). Each block goes
 * to the body as soon as it ends.
 */
export function readBody(page: HtmlPage, root: HtmlNode): CanonicalBody {
  const body = new CanonicalBodyBuilder();
  let buffer = '';
  const flush = (kind: BlockKind) => {
    const text = collapseSpaces(buffer);
    buffer = '';
    if (text) body.add(kind, text);
  };
  // Per element being read, innermost last: the kind of block its text goes to, whether only
  // headings are read in it, and the kind of block it ends when it closes (null for inline).
  const kinds: BlockKind[] = ['paragraph'];
  const headingsOnly: boolean[] = [false];
  const ends: (BlockKind | null)[] = [null];
  const enter = (kind: BlockKind, onlyHeadings: boolean, end: BlockKind | null) => {
    kinds.push(kind);
    headingsOnly.push(onlyHeadings);
    ends.push(end);
  };
  walkTree(page, root, {
    text(text) {
      if (!headingsOnly[headingsOnly.length - 1] || kinds[kinds.length - 1] === 'heading')
        buffer += text;
    },
    open(node) {
      if (isDropped(page, node)) return false;
      const name = page.name(node);
      const kind = kinds[kinds.length - 1]!;
      const onlyHeadings = headingsOnly[headingsOnly.length - 1]!;
      if (name === 'br') {
        flush(kind);
        return false;
      }
      if (!BLOCKS.has(name)) {
        enter(kind, onlyHeadings, null);
        return true;
      }
      const inner = HEADINGS.has(name) ? 'heading' : kind;
      flush(kind);
      enter(inner, onlyHeadings || name === 'header', inner);
      return true;
    },
    close() {
      kinds.pop();
      headingsOnly.pop();
      const end = ends.pop();
      if (end !== null && end !== undefined) flush(end);
    },
  });
  flush('paragraph');
  return body.finish();
}
