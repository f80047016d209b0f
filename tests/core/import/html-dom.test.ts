import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  parseHtml,
  plainText,
  type HtmlDocument,
  type HtmlNode,
} from '../../../core/import/html-dom';

/** The tree as nested text: an element is "name[attr=value](children)", text is "'text'". */
function shape(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return `'${node}'`;
      const attributes = Object.entries(node.attribs)
        .map(([key, value]) => `${key}=${value}`)
        .join(',');
      return `${node.name}${attributes ? `[${attributes}]` : ''}(${shape(childrenOf(node))})`;
    })
    .join(' ');
}

function parsed(html: string): HtmlDocument {
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
  ])('%s', (_what, html, expected) => {
    expect(shape(childrenOf(parsed(html)))).toBe(expected);
  });

  it('plainText joins the text under a node', () => {
    expect(plainText(parsed('<h1>Storm <i>hits</i> the coast</h1>'))).toBe('Storm hits the coast');
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
