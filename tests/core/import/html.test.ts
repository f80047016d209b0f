import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../../core/import/html';
import type { Source } from '../../../core/model/source';

const NOW = '2024-04-01T10:00:00.000Z';

function imported(html: string): Source {
  const result = sourceFromHtml(html, { id: 'page', now: NOW, name: 'page.html' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Blocks as "kind:text", the way an analyst would read them. */
function blocksOf(source: Source): string[] {
  return source.blocks.map((b) => `${b.kind}:${source.text.slice(b.start, b.end)}`);
}

const ARTICLE_PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Attack toll rises | Daily News</title>
<meta property="og:site_name" content="Daily News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-23T10:00:00+03:00">
<link rel="canonical" href="https://news.example/attack">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="logo">Daily News</div></header>
<main><article>
<header><h1>Attack toll rises to 143</h1><div class="share-tools">Share on X</div></header>
<p>Gunmen attacked a concert hall near Moscow, killing at least 143 people, officials said.</p>
<p>More than 500 were injured &amp; many are in hospital.</p>
<h2>Reactions</h2>
<ul><li>The Kremlin blamed Ukraine without evidence.</li><li>ISKP claimed the attack.</li></ul>
<blockquote><p>"We will find them," the president said on television.</p></blockquote>
</article><aside>Related: other stories you may like to read today</aside></main>
<footer>© 2024 Daily News. All rights reserved.</footer></body></html>`;

describe('sourceFromHtml: main text', () => {
  it('keeps the article, drops navigation, header chrome, aside and footer', () => {
    expect(blocksOf(imported(ARTICLE_PAGE))).toEqual([
      'heading:Attack toll rises to 143',
      'paragraph:Gunmen attacked a concert hall near Moscow, killing at least 143 people, officials said.',
      'paragraph:More than 500 were injured & many are in hospital.',
      'heading:Reactions',
      'paragraph:The Kremlin blamed Ukraine without evidence.',
      'paragraph:ISKP claimed the attack.',
      'paragraph:"We will find them," the president said on television.',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'no <article>: the box with most paragraph text wins over a comment box',
      `<body><div id="top">Menu Login Subscribe</div>
       <div class="story"><p>First paragraph of the story, long enough to count here.</p>
       <p>Second paragraph of the story, also long enough to count.</p></div>
       <div class="comments"><p>A reader comment that is long enough to be counted.</p></div></body>`,
      [
        'paragraph:First paragraph of the story, long enough to count here.',
        'paragraph:Second paragraph of the story, also long enough to count.',
      ],
    ],
    [
      '<main> when there is no <article>',
      `<body><div>Top links and other chrome here</div><main><h1>Title</h1>
       <p>The only paragraph of the page, in the main landmark.</p></main></body>`,
      ['heading:Title', 'paragraph:The only paragraph of the page, in the main landmark.'],
    ],
    [
      'white space collapsed, no-break spaces read as spaces, <br> ends a paragraph',
      '<body><p>  At   least\n143&nbsp;people<br>died in the attack on Friday night.</p></body>',
      ['paragraph:At least 143 people', 'paragraph:died in the attack on Friday night.'],
    ],
    [
      'inline markup joins without invented spaces',
      '<body><p>At <b>least</b> 1<span>43</span> <a href="/x">people</a> died.</p></body>',
      ['paragraph:At least 143 people died.'],
    ],
    [
      'hidden elements are not text',
      '<body><p>Visible paragraph text that readers can see.</p><p hidden>Hidden one</p><p style="display: none">Also hidden</p><div aria-hidden="true">Icon label</div></body>',
      ['paragraph:Visible paragraph text that readers can see.'],
    ],
    [
      'a page without <p> keeps its block text',
      '<body><div>Line one of a plain page</div><div>Line two</div></body>',
      ['paragraph:Line one of a plain page', 'paragraph:Line two'],
    ],
    [
      'tables: one paragraph per cell',
      '<body><table><tr><th>Killed</th><td>143</td></tr></table></body>',
      ['paragraph:Killed', 'paragraph:143'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(imported(html))).toEqual(expected);
  });

  it('blocks follow the canonical text rules (joined by a blank line, offsets in UTF-16)', () => {
    const source = imported(
      '<body><h1>Título 🎉</h1><p>Ünïcode text with an emoji 🎉 inside it.</p></body>',
    );
    expect(source.text).toBe('Título 🎉\n\nÜnïcode text with an emoji 🎉 inside it.');
    expect(source.blocks).toEqual([
      { kind: 'heading', start: 0, end: 9 },
      { kind: 'paragraph', start: 11, end: source.text.length },
    ]);
    expect(source.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

/** A <p> long enough to count as article text when the root is chosen. */
const LONG = 'A paragraph long enough to be counted as article text.';

describe('sourceFromHtml: which box is the article, and how it is read', () => {
  it.each<[string, string, string[]]>([
    [
      'two articles: the one with more paragraph text',
      `<body><article><p>${LONG}</p></article><article><p>${LONG}</p><p>${LONG} Two.</p></article></body>`,
      [`paragraph:${LONG}`, `paragraph:${LONG} Two.`],
    ],
    [
      'two articles of equal text: the first',
      `<body><article><p>${LONG} One.</p></article><article><p>${LONG} Two.</p></article></body>`,
      [`paragraph:${LONG} One.`],
    ],
    [
      'an article with a small share of the text is not trusted',
      `<body><article><p>${LONG} In.</p></article><div><p>${LONG} Out one.</p><p>${LONG} Out two.</p></div></body>`,
      [`paragraph:${LONG} In.`, `paragraph:${LONG} Out one.`, `paragraph:${LONG} Out two.`],
    ],
    [
      'role=main is a landmark',
      `<body><div>Menu and links</div><div role="main"><p>${LONG}</p></div><div><p>Short.</p></div></body>`,
      [`paragraph:${LONG}`],
    ],
    [
      'no <body>: the element holding the most paragraph text',
      `<div><p>${LONG} One.</p><p>${LONG} Two.</p></div><div><p>${LONG} Other.</p></div>`,
      [`paragraph:${LONG} One.`, `paragraph:${LONG} Two.`],
    ],
    [
      'a <body> only inside a dropped box is still the root',
      `<nav><body><p>${LONG}</p>Loose text</body></nav>`,
      [`paragraph:${LONG}`, 'paragraph:Loose text'],
    ],
    [
      'descends through wrappers to the box with the text',
      `<body><div><div><div class="story"><p>${LONG} One.</p><p>${LONG} Two.</p></div><div>Tags: flood</div></div></div></body>`,
      [`paragraph:${LONG} One.`, `paragraph:${LONG} Two.`],
    ],
    [
      'short paragraphs only: the whole body is read',
      '<body><div>Menu</div><p>Short one.</p><p>Short two.</p></body>',
      ['paragraph:Menu', 'paragraph:Short one.', 'paragraph:Short two.'],
    ],
    [
      'text straight in <body>, broken by <br> and blocks',
      '<body>First line<br>Second <b>line</b><div>Box</div>Tail</body>',
      ['paragraph:First line', 'paragraph:Second line', 'paragraph:Box', 'paragraph:Tail'],
    ],
    [
      'a heading inside a block, then the block goes on',
      '<body><div><h2>Sub <i>title</i></h2>After</div></body>',
      ['heading:Sub title', 'paragraph:After'],
    ],
    [
      'inside <header>, only headings',
      `<body><header><span>Skip</span><h1>Kept</h1><p>Skip too</p></header><p>${LONG}</p></body>`,
      ['heading:Kept', `paragraph:${LONG}`],
    ],
    [
      'dropped by class, id, role, style and hidden',
      `<body><p>${LONG}</p><div class="related-links">x</div><div id="sidebar">y</div><div role="search">z</div><div style="visibility: hidden">w</div><div hidden>v</div></body>`,
      [`paragraph:${LONG}`],
    ],
    [
      'a long run of entities is one paragraph',
      `<body><p>${'&amp;'.repeat(2_000)}</p></body>`,
      [`paragraph:${'&'.repeat(2_000)}`],
    ],
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(imported(html))).toEqual(expected);
  });
});

describe('sourceFromHtml: metadata', () => {
  it('reads Open Graph, author, date, canonical URL and language', () => {
    expect(imported(ARTICLE_PAGE).metadata).toEqual({
      title: 'Attack toll rises',
      capture: 'html',
      language: 'en-GB',
      published: '2024-03-23',
      captured: '2024-04-01',
      author: 'Jane Roe',
      publisher: 'Daily News',
      url: 'https://news.example/attack',
    });
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'og:title wins over <title>',
      '<head><title>Long title - Site</title><meta property="og:title" content="Clean title"></head><body><p>x</p></body>',
      { title: 'Clean title' },
    ],
    [
      'no title at all: the first heading, marked as assigned',
      '<body><h1>Headline</h1><p>Body text.</p></body>',
      { title: 'Headline', titleAssigned: true },
    ],
    [
      'a relative canonical URL is ignored, og:url used',
      '<head><link rel="canonical" href="/a"><meta property="og:url" content="https://x.example/a"></head><body><p>x</p></body>',
      { url: 'https://x.example/a' },
    ],
    [
      'a <time datetime> gives the date when meta does not',
      '<body><article><time datetime="2022-04-08T09:00">8 April</time><p>Body text of the article, long enough.</p></article></body>',
      { published: '2022-04-08' },
    ],
  ])('%s', (_name, html, expected) => {
    expect(imported(html).metadata).toMatchObject(expected);
  });
});

it('an author given as a profile URL is not taken as a name', () => {
  const html =
    '<head><meta property="article:author" content="https://facebook.com/someone"></head><body><p>x</p></body>';
  expect(imported(html).metadata).not.toHaveProperty('author');
});

describe('sourceFromHtml: hostile pages are inert', () => {
  const HOSTILE = `<!doctype html><html><head>
<script>globalThis.__corroborateMarker = 'script ran';</script>
<script src="http://example.invalid/evil.js"></script>
<style>p { color: red } body::after { content: "STYLE TEXT" }</style>
<meta http-equiv="refresh" content="0; url=http://example.invalid/">
</head><body onload="globalThis.__corroborateMarker = 'onload ran'">
<article>
<p onclick="globalThis.__corroborateMarker = 'click'">The first paragraph of the real article text.</p>
<img src=x onerror="globalThis.__corroborateMarker = 'onerror ran'">
<img src="http://example.invalid/x.png" alt="REMOTE IMAGE ALT">
<iframe src="http://example.invalid/frame"><p>IFRAME FALLBACK</p></iframe>
<noscript><p>NOSCRIPT TEXT</p></noscript>
<template><p>TEMPLATE TEXT</p></template>
<form action="http://example.invalid"><input value="FORM VALUE"><button>SUBMIT</button></form>
<svg><script>globalThis.__corroborateMarker = 'svg script'</script><text>SVG TEXT</text></svg>
<p>Second paragraph: <a href="javascript:alert(1)">a link</a> and <object data="x.swf">OBJECT</object> the end.</p>
</article></body></html>`;

  it('yields only the readable text', () => {
    const source = imported(HOSTILE);
    expect(blocksOf(source)).toEqual([
      'paragraph:The first paragraph of the real article text.',
      'paragraph:Second paragraph: a link and the end.',
    ]);
  });

  it.each([
    'corroborateMarker',
    'script',
    'onerror',
    'example.invalid',
    'REMOTE IMAGE ALT',
    'IFRAME FALLBACK',
    'NOSCRIPT TEXT',
    'TEMPLATE TEXT',
    'FORM VALUE',
    'SUBMIT',
    'SVG TEXT',
    'STYLE TEXT',
    'OBJECT',
    'javascript:',
  ])('has no trace of %s', (needle) => {
    expect(imported(HOSTILE).text).not.toContain(needle);
  });

  it('runs nothing: the marker global is never set', () => {
    imported(HOSTILE);
    expect((globalThis as { __corroborateMarker?: unknown }).__corroborateMarker).toBeUndefined();
  });
});

describe('sourceFromHtml: errors', () => {
  it.each([
    ['an empty page', ''],
    [
      'a page built by scripts',
      '<html><body><div id="root"></div><script>render()</script></body></html>',
    ],
  ])('%s is a readable error', (_name, html) => {
    const result = sourceFromHtml(html, { id: 'x', now: NOW, name: 'x.html' });
    expect(result.ok ? '' : result.error).toContain('x.html has no readable text');
  });
});
