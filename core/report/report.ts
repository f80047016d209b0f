import { readableDate } from '../text/date-words';
import type { Gazetteer } from '../places/gazetteer';
import { DEFAULT_APPROXIMATE_BAND, type ComparedGroup } from '../compare/index';
import type { Claim } from '../model/claim';
import type { Project } from '../model/project';
import { claimValueText } from '../compare/value-text';
import { CREDIBILITY_WORDS, RELIABILITY_WORDS } from '../model/admiralty';
import { intervalChart, type ChartRow } from './chart';
import { orderGroups } from '../compare/flags';
import { deriveGroups } from '../compare/derive';
import { isFlagged } from '../compare/flags';
import { mergeSources, type SourceInfo } from '../model/source-info';
import { escapeHtml as h } from './html';
import { REPORT_CSS } from './style';

interface Context {
  claims: Map<string, Claim>;
  sources: Map<string, SourceInfo>;
}

function sourceLine(sourceId: string, ctx: Context): string {
  const meta = ctx.sources.get(sourceId)?.metadata;
  if (!meta) return `<strong>${h(sourceId)}</strong>`;
  const details = [
    meta.publisher,
    meta.published ? `published ${readableDate(meta.published)}` : 'undated',
    meta.reliability
      ? `reliability ${meta.reliability} (${RELIABILITY_WORDS[meta.reliability]})`
      : undefined,
  ].filter((part): part is string => Boolean(part));
  const url =
    meta.url && /^https?:\/\//i.test(meta.url) ? ` <span class="url">${h(meta.url)}</span>` : '';
  return `<strong>${h(meta.title)}</strong> <span class="muted">[${h(sourceId)}]${details.length ? ` · ${h(details.join(' · '))}` : ''}</span>${url}`;
}

function quoteHtml(claim: Claim): string {
  const { prefix, exact, suffix } = claim.target.quote;
  const facts = [
    claim.value ? `value ${claimValueText(claim.value)}` : 'no value',
    claim.attributedTo ? `according to ${claim.attributedTo}` : undefined,
    claim.credibility !== undefined
      ? `credibility ${claim.credibility} (${CREDIBILITY_WORDS[claim.credibility]})`
      : undefined,
    claim.note ? `note: ${claim.note}` : undefined,
    claim.revision
      ? `source revised: ${claim.revision.status} (was "${claim.revision.oldQuote}")`
      : undefined,
  ].filter((part): part is string => Boolean(part));
  return `<li><blockquote>…${h(prefix)}<mark>${h(exact)}</mark>${h(suffix)}…</blockquote><div class="facts">${h(facts.join(' · '))}</div></li>`;
}

function chartFor(group: ComparedGroup, ctx: Context): string {
  const rows: ChartRow[] = group.items.flatMap((item) => {
    if (item.value?.kind !== 'figure') return [];
    const title = ctx.sources.get(item.sourceId)?.metadata.title ?? item.sourceId;
    const label = item.attributedTo ? `${title} (${item.attributedTo})` : title;
    return [{ label, figure: item.value.figure }];
  });
  if (rows.length === 0) return '';
  return `<figure>${intervalChart(rows, `${group.event} ${group.measure}`)}</figure>`;
}

function groupSection(group: ComparedGroup, ctx: Context): string {
  const bySource = new Map<string, Claim[]>();
  for (const item of group.items) {
    const claim = ctx.claims.get(item.id);
    if (!claim) continue;
    bySource.set(item.sourceId, [...(bySource.get(item.sourceId) ?? []), claim]);
  }
  const label =
    group.inconsistent && group.verdict !== 'conflict'
      ? `${group.verdict}, inconsistent`
      : group.verdict;
  const heading = [group.event || 'Unnamed event', group.measure, group.subject]
    .filter(Boolean)
    .join(' · ');
  const sources = [...bySource.entries()]
    .map(
      ([sourceId, claims]) =>
        `<div class="source"><p>${sourceLine(sourceId, ctx)}</p><ul>${claims.map(quoteHtml).join('')}</ul></div>`,
    )
    .join('');
  const overlap = group.overlap
    ? group.type === 'date'
      ? `<p><span class="label">All dates allow</span> ${h(readableDate(group.overlap))}</p>`
      : `<p><span class="label">All figures allow</span> ${h(group.overlap)}</p>`
    : '';
  return `<section class="group ${h(group.verdict)}"><h2>${h(heading)} <span class="badge ${h(group.verdict)}">${h(label)}</span></h2><p class="explanation">${h(group.explanation)}</p>${overlap}${chartFor(group, ctx)}${sources}<p class="muted small">Group ${h(group.id)}</p></section>`;
}

/**
 * A self-contained, printable HTML discrepancy report: every flagged group (sources that
 * conflict, figures that differ but are compatible, a source contradicting itself) with its
 * verdict, the explanation, the quotes per source in context and, for figures, a chart of each
 * source's interval on one number line. No scripts, no external resources (a CSP meta tag
 * forbids them), inline CSS with print rules, and every piece of text escaped, because quotes
 * come from untrusted articles. Groups and verdicts are recomputed exactly as the Compare view
 * does. `now` is printed as the generation time.
 */
export function renderReport(
  project: Project,
  sources: readonly SourceInfo[],
  now: string,
  gazetteer?: Gazetteer,
): string {
  const ctx: Context = {
    claims: new Map(project.claims.map((claim) => [claim.id, claim])),
    sources: new Map(mergeSources(project, sources).map((source) => [source.id, source])),
  };
  const { groups } = deriveGroups(project, { sources, ...(gazetteer ? { gazetteer } : {}) });
  const flagged = orderGroups(groups.filter(isFlagged));
  const count = (verdict: string) => flagged.filter((g) => g.verdict === verdict).length;
  const summary = `${project.claims.length} claims from ${ctx.sources.size} sources in ${groups.length} groups; flagged: ${count('conflict')} conflicting, ${count('compatible')} compatible but different, ${flagged.filter((g) => g.inconsistent).length} with a source contradicting itself.`;
  const body = flagged.length
    ? flagged.map((group) => groupSection(group, ctx)).join('\n')
    : '<p class="none">No discrepancies: every group of claims agrees or has a single voice.</p>';
  const legend = `Chart: filled circle = end included, hollow circle = end excluded, arrow = no bound on that side, soft band = approximate figure (drawn ±${DEFAULT_APPROXIMATE_BAND * 100}% when the text gives no range; a convention, not a fact), green shading = the values all figures allow.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Discrepancy report: ${h(project.name)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>Discrepancy report: ${h(project.name)}</h1><p class="muted">Generated by Corroborate on ${h(now)}. ${h(summary)}</p><p class="muted small">${h(legend)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}
