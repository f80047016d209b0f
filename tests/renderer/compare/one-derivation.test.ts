import { describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract';
import { exportCsv } from '../../../core/io/csv';
import { buildExport } from '../../../core/io/export-json';
import { loadSource } from '../../core/compare/load-source';
import { buildW3c } from '../../../core/io/w3c';
import { createProject, type Project } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import type { Suggestion } from '../../../core/model/suggestion';
import { renderReport } from '../../../core/report';
import type { Gazetteer } from '../../../core/places/gazetteer';
import { defaultGazetteer } from '../../../core/places/load';
import { parseCsv } from '../../core/io/csv-reader';
import { claimFromSuggestion, pendingSuggestions } from '../../../renderer/suggestions/pending';

// The panel's verdicts and every export's verdicts come from one derivation: for the same
// project they must name the same group and verdict for every claim.
const NOW = '2024-07-01T00:00:00.000Z';
const FILES = [
  'corpus/000_16df6a53eee4503d.md',
  'corpus/003_94a029406cfc69e9.md',
  'tests/fixtures/articles/moscow-early-wire.md',
  'tests/fixtures/articles/moscow-review.md',
];

/** Every other suggestion accepted as a claim, the rest left pending, as an analyst mid-way. */
function halfTagged(sources: readonly Source[]): { project: Project; pending: Suggestion[] } {
  const base = createProject({ id: 'p', name: 'parity', now: NOW });
  let project: Project = {
    ...base,
    sources: sources.map((source) => ({
      id: source.id,
      title: source.metadata.title,
      contentHash: source.contentHash,
      metadata: source.metadata,
    })),
  };
  const suggestions = sources.flatMap((source) =>
    extractSuggestions(source).map((suggestion) => ({ suggestion, source })),
  );
  const claims = suggestions
    .filter((_, index) => index % 2 === 0)
    .map(({ suggestion, source }, index) =>
      claimFromSuggestion(suggestion, source, `c${index}`, NOW),
    );
  project = { ...project, claims };
  const pending = pendingSuggestions(
    suggestions.map(({ suggestion }) => suggestion),
    project,
  );
  return { project, pending };
}

const sources = FILES.map(loadSource);
const { project, pending } = halfTagged(sources);

// With places or without (the app before its gazetteer has loaded), the same one derivation.
describe.each<[string, Gazetteer | undefined]>([
  ['without places', undefined],
  ['with the gazetteer', defaultGazetteer()],
])('one derivation, %s: the panel and every export agree', (_, gazetteer) => {
  const places = gazetteer ? { gazetteer } : {};
  // What the panel shows: the derivation with the pending suggestions previewed.
  const panel = deriveGroups(project, { sources, suggestions: pending, ...places });
  const panelByClaim = new Map(
    panel.groups.flatMap((group) =>
      group.items.map((item) => [item.id, `${group.id} ${group.verdict}`] as const),
    ),
  );

  it('has a project worth comparing', () => {
    expect(project.claims.length).toBeGreaterThan(20);
    expect(pending.length).toBeGreaterThan(10);
    expect(panel.groups.some((group) => group.verdict !== 'single')).toBe(true);
    expect(panel.fromSuggestions.length).toBeGreaterThan(0);
  });

  it('keeps the claim groups independent of the pending suggestions', () => {
    const without = deriveGroups(project, { sources, ...places });
    expect(without.groups).toEqual(panel.groups);
    expect(without.fromSuggestions).toEqual([]);
  });

  it('marks the previews and never mixes them into the claim groups', () => {
    expect(panel.groups.every((group) => !group.fromSuggestions)).toBe(true);
    expect(panel.fromSuggestions.every((group) => group.fromSuggestions)).toBe(true);
    const pendingIds = new Set(pending.map((suggestion) => suggestion.id));
    expect(panel.groups.flatMap((g) => g.items).some((item) => pendingIds.has(item.id))).toBe(
      false,
    );
  });

  it('JSON export: same group and verdict for every claim', () => {
    const doc = buildExport(project, NOW, sources, gazetteer);
    const exported = new Map(
      (doc.groups ?? []).flatMap((group) =>
        group.claimIds.map((id) => [id, `${group.id} ${group.verdict}`] as const),
      ),
    );
    expect(exported).toEqual(panelByClaim);
  });

  it('CSV export: same group and verdict on every claim row', () => {
    const [header = [], ...rows] = parseCsv(
      exportCsv(project, sources, gazetteer).replace(/^\uFEFF/, ''),
    );
    const at = (name: string) => header.indexOf(name);
    const byClaim = rows.map(
      (row) => [row[at('claim id')], `${row[at('group id')]} ${row[at('verdict')]}`] as const,
    );
    expect(new Map(byClaim)).toEqual(panelByClaim);
  });

  it('W3C export: one linking annotation per group of two or more, with its verdict', () => {
    const items = buildW3c(project, sources, NOW, gazetteer).first?.items ?? [];
    const links = new Map<string, string>();
    for (const item of items) {
      const group = (item as { 'corroborate:group'?: { id: string; verdict: string } })[
        'corroborate:group'
      ];
      if (group) links.set(group.id, group.verdict);
    }
    const expected = new Map(
      panel.groups.filter((g) => g.items.length > 1).map((g) => [g.id, g.verdict] as const),
    );
    expect(links).toEqual(expected);
  });

  it('report: lists exactly the flagged groups, under the same ids and verdicts', () => {
    const html = renderReport(project, sources, NOW, gazetteer);
    const reported = [...html.matchAll(/<section class="group (\w+)">[\s\S]*?Group ([^<]+)<\/p>/g)]
      .map((match) => `${match[2]} ${match[1]}`)
      .sort();
    const flagged = panel.groups
      .filter((g) => g.verdict === 'conflict' || g.verdict === 'compatible' || g.inconsistent)
      .map((g) => `${g.id} ${g.verdict}`)
      .sort();
    expect(flagged.length).toBeGreaterThan(0);
    expect(reported).toEqual(flagged);
  });
});
