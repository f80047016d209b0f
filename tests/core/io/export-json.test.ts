import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  exportClaimsJson,
  parseExport,
  planImport,
  type ExportDoc,
} from '../../../core/io/export-json';
import { createProject } from '../../../core/model/project';
import { NOW, sampleProject } from './fixtures';

const LATER = '2024-05-01T00:00:00.000Z';
const schema = JSON.parse(
  readFileSync(join(process.cwd(), 'schemas', 'corroborate-export-v1.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function emptyProject() {
  return createProject({ id: 'p2', name: 'Empty', now: NOW });
}

function exported(): ExportDoc {
  return buildExport(sampleProject(), LATER);
}

describe('JSON export', () => {
  it('has the documented header and flat claims with both selectors', () => {
    const doc = JSON.parse(exportClaimsJson(sampleProject(), LATER)) as ExportDoc;
    expect(doc).toMatchObject({
      format: 'corroborate-export',
      version: 1,
      exportedAt: LATER,
      project: { id: 'p1', name: 'Crocus' },
    });
    expect(doc.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(doc.claims[0]).toMatchObject({
      id: 'c1',
      sourceId: 'a',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'at least 143' },
        { type: 'TextPositionSelector' },
      ],
    });
    expect(doc.claims[0]).not.toHaveProperty('subject');
  });

  it('round trip loses nothing: export -> import into an empty project -> export', () => {
    const first = exported();
    const imported = planImport(
      emptyProject(),
      parseExportOk(exportClaimsJson(sampleProject(), LATER)),
      'merge',
      LATER,
    );
    expect(imported.result.claims).toEqual(sampleProject().claims);
    const second = buildExport(imported.result, LATER);
    expect(second.claims).toEqual(first.claims);
    expect(second.sources).toEqual(first.sources);
  });

  it('real exports validate against the JSON Schema', () => {
    const doc = JSON.parse(exportClaimsJson(sampleProject(), LATER)) as unknown;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const empty = JSON.parse(exportClaimsJson(emptyProject(), LATER)) as unknown;
    expect(validate(empty)).toBe(true);
  });

  it.each([
    ['wrong format', (d: Record<string, unknown>) => (d.format = 'other')],
    ['wrong version', (d: Record<string, unknown>) => (d.version = 2)],
    ['missing claims', (d: Record<string, unknown>) => delete d.claims],
    [
      'unknown claim type',
      (d: { claims: Record<string, unknown>[] }) => (d.claims[0]!.type = 'rumour'),
    ],
    [
      'one selector only',
      (d: { claims: { selectors: unknown[] }[] }) => d.claims[0]!.selectors.pop(),
    ],
    [
      'negative offset',
      (d: { claims: { selectors: { start?: number }[] }[] }) =>
        (d.claims[0]!.selectors[1]!.start = -1),
    ],
    ['credibility 7', (d: { claims: Record<string, unknown>[] }) => (d.claims[0]!.credibility = 7)],
  ])('broken exports fail both the JSON Schema and the parser (%s)', (_name, breakIt) => {
    const doc = JSON.parse(exportClaimsJson(sampleProject(), LATER)) as never;
    (breakIt as (d: never) => void)(doc);
    expect(validate(doc)).toBe(false);
    expect(parseExport(JSON.stringify(doc)).ok).toBe(false);
  });

  it.each([
    ['corrupt JSON', '{"format": "corroborate-export",', /not valid JSON/],
    ['a project file', JSON.stringify(sampleProject()), /not a Corroborate export/],
    [
      'a newer version',
      JSON.stringify({ ...exported(), version: 3 }),
      /newer version of Corroborate \(version 3, this version reads up to 1\)/,
    ],
    [
      'a wrong field',
      JSON.stringify({ ...exported(), claims: [{ ...exported().claims[0], tags: 'toll' }] }),
      /claims\[0\]\.tags/,
    ],
  ])('parseExport explains %s', (_name, json, message) => {
    const result = parseExport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

function parseExportOk(json: string): ExportDoc {
  const result = parseExport(json);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('planImport', () => {
  const base = sampleProject();
  const doc = exported();
  const emptyDoc: ExportDoc = { ...doc, sources: [], claims: [] };
  const editedDoc: ExportDoc = {
    ...doc,
    claims: [
      { ...doc.claims[0]!, note: 'revised note' },
      doc.claims[1]!,
      { ...doc.claims[2]!, id: 'c9' },
    ],
  };
  it.each([
    [
      'into an empty project (merge)',
      emptyProject(),
      doc,
      'merge',
      { added: 3, updated: 0, unchanged: 0, removed: 0, sourcesAdded: 2 },
      3,
    ],
    [
      'the same claims again',
      base,
      doc,
      'merge',
      { added: 0, updated: 0, unchanged: 3, removed: 0, sourcesAdded: 0 },
      3,
    ],
    [
      'edited claims (merge)',
      base,
      editedDoc,
      'merge',
      { added: 1, updated: 1, unchanged: 1, removed: 0, sourcesAdded: 0 },
      4,
    ],
    [
      'edited claims (replace)',
      base,
      editedDoc,
      'replace',
      { added: 1, updated: 1, unchanged: 1, removed: 1, sourcesAdded: 0 },
      3,
    ],
    [
      'an empty export (replace)',
      base,
      emptyDoc,
      'replace',
      { added: 0, updated: 0, unchanged: 0, removed: 3, sourcesAdded: 0 },
      0,
    ],
  ] as const)(
    'counts an import of %s before applying it',
    (_name, project, input, mode, counts, total) => {
      const plan = planImport(project, input, mode, LATER);
      expect(plan.counts).toEqual(counts);
      expect(plan.result.claims).toHaveLength(total);
    },
  );

  it('leaves the project untouched and returns it as is when nothing changes', () => {
    const plan = planImport(base, doc, 'merge', LATER);
    expect(plan.result).toBe(base);
  });

  it('replace drops group decisions about removed claims; sources are never removed', () => {
    const plan = planImport(base, editedDoc, 'replace', LATER);
    expect(plan.result.groupDecisions).toEqual([]);
    expect(plan.result.sources).toHaveLength(2);
    expect(plan.result.modified).toBe(LATER);
    expect(plan.result.claims.find((c) => c.id === 'c1')?.note).toBe('revised note');
    expect(base.claims.find((c) => c.id === 'c1')?.note).toBe('');
  });
});
