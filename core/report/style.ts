/**
 * The report's only stylesheet, inlined so the file stands alone. Print rules never split a
 * heading from its text, a chart or a quote (a whole group may span pages, so a long one does
 * not leave a blank page behind), and verdicts are shown with borders so they survive
 * black-and-white printing.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
.muted { color: #4b5563; }
.small { font-size: .8rem; }
.group { border: 1px solid #d1d5db; border-left-width: 6px; border-radius: 6px; padding: .9rem 1rem; margin: 1.2rem 0; }
.group.conflict { border-left-color: #dc2626; }
.group.compatible { border-left-color: #d97706; }
.group.agree, .group.single { border-left-color: #6b7280; }
.badge { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; border: 1.5px solid currentColor; border-radius: 999px; padding: .05rem .5rem; vertical-align: middle; }
.badge.conflict { color: #b91c1c; }
.badge.compatible { color: #b45309; }
.badge.agree, .badge.single { color: #374151; }
.explanation { margin: .2rem 0 .6rem; }
.label { font-weight: 600; }
figure { margin: .6rem 0; overflow-x: auto; }
svg { max-width: 100%; height: auto; }
.source { margin: .6rem 0 0; }
.source p { margin: 0; }
.url { font-size: .8rem; color: #1d4ed8; word-break: break-all; }
ul { margin: .3rem 0 0; padding-left: 1.2rem; }
blockquote { margin: 0; font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #fef08a; font-style: normal; font-weight: 600; }
.facts { font-size: .85rem; color: #374151; }
.none { font-size: 1.1rem; }
@page { margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  /* Long groups may span pages, but a heading, a chart or a quote never splits. */
  h2, .explanation { break-after: avoid; page-break-after: avoid; }
  figure, li, .source > p { break-inside: avoid; page-break-inside: avoid; }
  figure { overflow: visible; }
  mark { background: none; text-decoration: underline; }
  .url { color: inherit; }
}
`;
