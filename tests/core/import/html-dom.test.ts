import { describe, expect, it } from 'vitest';
import {
  parseHtml,
  plainText,
  walkTree,
  WHOLE_PAGE,
  type HtmlNode,
  type HtmlPage,
} from '../../../core/import/html-dom';

/** The nodes under `root` as nested text: an element is "name[attr=value](children)", text "'text'". */
function shape(page: HtmlPage, root: HtmlNode): string {
  const parts: string[] = [];
  for (let node = page.first(root); node < page.end(root); node = page.end(node)) {
    const text = page.text(node);
    if (text !== null) {
      parts.push(`'${text}'`);
      continue;
    }
    const attributes = Object.entries(page.attribs(node))
      .map(([key, value]) => `${key}=${value}`)
      .join(',');
    parts.push(`${page.name(node)}${attributes ? `[${attributes}]` : ''}(${shape(page, node)})`);
  }
  return parts.join(' ');
}

function parsed(html: string): HtmlPage {
  const result = parseHtml(html);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseHtml: the tree the readers walk', () => {
  it.each([
    ['plain nesting', '<div><p>Calm sea.</p></div>', "div(p('Calm sea.'))"],
    ['text around entities is one run', '<p>Salt &amp; pepper&#33;</p>', "p('Salt & pepper!')"],
    ['names and attribute names in lower case', '<P CLASS="Lead">Hi</P>', "p[class=Lead]('Hi')"],
    ['comments and the doctype are not kept', '<!doctype html><!-- note --><b>x</b>', "b('x')"],
    ['a void element has no children', '<p>one<br>two</p>', "p('one' br() 'two')"],
    ['an unclosed paragraph closes at the next', '<p>first<p>second', "p('first') p('second')"],
    ['a stray end tag is ignored', '<div>in</span>side</div>', "div('inside')"],
    ['script text is kept as text, never run', '<script>alert(1)</script>', "script('alert(1)')"],
    ['text across a comment is one run', '<p>one<!-- x -->two</p>', "p('onetwo')"],
    ['an empty element', '<div></div><p>x</p>', "div() p('x')"],
    ['an unclosed element ends with the page', '<div><b>bold', "div(b('bold'))"],
    ['implied closes make siblings', '<table><tr><td>1<td>2</table>', "table(tr(td('1') td('2')))"],
    ['top-level text between elements', 'a<b>b</b>c', "'a' b('b') 'c'"],
  ])('%s', (_what, html, expected) => {
    expect(shape(parsed(html), WHOLE_PAGE)).toBe(expected);
  });

  it('a run of more pieces than are joined at a time is still one run', () => {
    const page = parsed(`<p>${'&amp;x'.repeat(3_000)}</p>`);
    expect(page.size).toBe(2);
    expect(page.text(1)).toBe('&x'.repeat(3_000));
  });

  it('every node has its index in document order; end is one past its last descendant', () => {
    const page = parsed('<div><p>a<b>bold</b></p>c</div><i>d</i>');
    const rows = Array.from({ length: page.size }, (_, node) => [
      node,
      page.text(node) ?? page.name(node),
      page.end(node),
    ]);
    expect(rows).toEqual([
      [0, 'div', 6],
      [1, 'p', 5],
      [2, 'a', 3],
      [3, 'b', 5],
      [4, 'bold', 5],
      [5, 'c', 6],
      [6, 'i', 8],
      [7, 'd', 8],
    ]);
    expect([page.first(WHOLE_PAGE), page.end(WHOLE_PAGE)]).toEqual([0, 8]);
  });

  it('walkTree reports opens, texts and closes in order, with each parent', () => {
    const page = parsed('<div><p>a<b>b</b></p><nav>skipped</nav>c</div><i>d</i>');
    const events: string[] = [];
    walkTree(page, WHOLE_PAGE, {
      open(node, parent) {
        events.push(`open ${page.name(node)} in ${parent}`);
        return page.name(node) !== 'nav';
      },
      close(node, parent) {
        events.push(`close ${page.name(node)} in ${parent}`);
      },
      text(text) {
        events.push(`text ${text}`);
      },
    });
    expect(events).toEqual([
      'open div in -1',
      'open p in 0',
      'text a',
      'open b in 1',
      'text b',
      'close b in 1',
      'close p in 0',
      'open nav in 0',
      'text c',
      'close div in -1',
      'open i in -1',
      'text d',
      'close i in -1',
    ]);
  });

  it('walkTree from an element reports only what is inside it', () => {
    const page = parsed('<div><p>a</p></div><i>d</i>');
    const texts: string[] = [];
    walkTree(page, 0, { open: () => true, close: () => {}, text: (text) => texts.push(text) });
    expect(texts).toEqual(['a']);
  });

  it('plainText joins the text under a node', () => {
    expect(plainText(parsed('<h1>Storm <i>hits</i> the coast</h1>'), WHOLE_PAGE)).toBe(
      'Storm hits the coast',
    );
  });
});

describe('parseHtml: the nesting cap', () => {
  it.each([
    [999, true],
    [1_000, true],
    [1_001, false],
  ])('%i nested elements: read %s', (depth, read) => {
    const result = parseHtml(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`, 1_000);
    expect(result.ok).toBe(read);
    if (!result.ok) expect(result.error).toContain('the limit is 1,000');
  });

  it('closed siblings do not add up to depth', () => {
    expect(parseHtml('<div><span>a</span></div>'.repeat(5_000), 10).ok).toBe(true);
  });
});
