import { describe, expect, it } from 'vitest';
import { planImport } from '../../../core/io/export-json';
import { buildW3c, exportW3c, type W3cClaimAnnotation } from '../../../core/io/w3c';
import { importW3c, isW3cExport, w3cImportAsExport } from '../../../core/io/w3c-import';
import { claimIri, codePointOffset } from '../../../core/io/w3c-vocab';
import { createProject } from '../../../core/model/project';
import { NOW, sampleProject } from './fixtures';
import { richProject, richSources, TEXT_C } from './w3c-fixtures';

const LATER = '2024-05-01T00:00:00.000Z';

function imported(json: string) {
  const result = importW3c(json);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function claimAnnotations(project = richProject()) {
  const doc = buildW3c(project, richSources(), LATER);
  return (doc.first?.items ?? []).filter(
    (item): item is W3cClaimAnnotation => item.motivation === 'describing',
  );
}

describe('W3C export and import', () => {
  it.each([
    ['sample project, no source texts', sampleProject(), undefined],
    ['rich project with texts', richProject(), richSources()],
  ])('round trip is lossless: %s', (_name, project, sources) => {
    const back = imported(exportW3c(project, sources, LATER));
    expect(back.claims).toEqual(project.claims);
    expect(back.project).toEqual({ id: project.id, name: project.name });
    expect(back.sources.map((s) => s.id)).toEqual(project.sources.map((s) => s.id));
    expect(back.exportedAt).toBe(LATER);
  });

  it('is deterministic for the same input', () => {
    expect(exportW3c(richProject(), richSources(), LATER)).toBe(
      exportW3c(richProject(), richSources(), LATER),
    );
  });

  it('counts TextPositionSelector offsets in code points when the text is known', () => {
    const about = claimAnnotations().find((a) => a.target.selector[0].exact === 'about 150')!;
    const [, position] = about.target.selector;
    expect([...TEXT_C].slice(position.start, position.end).join('')).toBe('about 150');
    const utf16 = about.target['corroborate:position'];
    expect(TEXT_C.slice(utf16.start, utf16.end)).toBe('about 150');
    expect(utf16.start - position.start).toBe(2);
  });

  it.each([
    ['', 0, 0],
    ['abc', 2, 2],
    ['a😀b', 3, 2],
    ['a😀b', 2, 2],
    ['😀😀', 4, 2],
    ['ab', 5, 5],
  ])('codePointOffset(%j, %i) = %i', (text, offset, expected) => {
    expect(codePointOffset(text, offset)).toBe(expected);
  });

  it('uses urn:uuid for UUID claim ids and a corroborate URN otherwise', () => {
    expect(claimIri('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(claimIri('c 1/x')).toBe('urn:corroborate:claim:c%201%2Fx');
    expect(claimIri('\ud800')).toBe('urn:corroborate:claim:%EF%BF%BD');
  });

  it('writes created only when it is an xsd:dateTime, and keeps the raw value', () => {
    const odd = claimAnnotations().find((a) => a['corroborate:claim'].created === 'yesterday')!;
    expect(odd).not.toHaveProperty('created');
    expect(odd.modified).toBe(NOW);
  });

  it('puts each field in a TextualBody with a purpose', () => {
    const about = claimAnnotations().find((a) => a.target.selector[0].exact === 'about 150')!;
    expect(about.body.map((b) => [b['corroborate:field'], b.purpose, b.value])).toEqual([
      ['type', 'classifying', 'casualty'],
      ['measure', 'classifying', 'deaths'],
      ['tag', 'tagging', 'toll'],
      ['tag', 'tagging', 'needs, check'],
      ['tag', 'tagging', '=SUM(A1)'],
      ['event', 'describing', 'Crocus City Hall attack'],
      ['subject', 'describing', ''],
      ['value', 'describing', 'about 135-165'],
      ['attributedTo', 'describing', 'the ministry'],
      ['note', 'commenting', 'Line one\nline "two", with <script>alert(1)</script>'],
      ['credibility', 'assessing', '3 (possibly true)'],
    ]);
    expect(about.target.source).toMatchObject({
      id: 'urn:corroborate:source:c',
      language: 'de',
      via: 'https://example.org/zeitung?a=1&b=2',
    });
  });

  it('exports groups as linking annotations and reads them back', () => {
    const back = imported(exportW3c(richProject(), richSources(), LATER));
    const deaths = back.groups.find((g) => g.claimIds.includes('c7'));
    expect(deaths?.claimIds.length).toBeGreaterThan(1);
    expect(['agree', 'compatible', 'conflict']).toContain(deaths?.verdict);
  });

  it('an empty project exports a collection without pages and imports to nothing', () => {
    const empty = createProject({ id: 'e', name: 'Empty', now: NOW });
    const doc = buildW3c(empty, undefined, LATER);
    expect(doc.total).toBe(0);
    expect(doc).not.toHaveProperty('first');
    expect(imported(exportW3c(empty, undefined, LATER)).claims).toEqual([]);
  });

  it('imports into a project through planImport', () => {
    const empty = createProject({ id: 'e', name: 'Empty', now: NOW });
    const doc = w3cImportAsExport(imported(exportW3c(richProject(), undefined, LATER)));
    const plan = planImport(empty, doc, 'merge', LATER);
    expect(plan.result.claims).toEqual(richProject().claims);
    expect(plan.counts.sourcesAdded).toBe(3);
  });

  interface Doc {
    first: {
      items: {
        body: unknown[];
        target: { selector: unknown[]; 'corroborate:position': { start: number } };
      }[];
    };
  }
  const valid = () => JSON.parse(exportW3c(sampleProject(), undefined, LATER)) as Doc;
  JSON.parse(exportW3c(sampleProject(), undefined, LATER)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each([
    ['empty text', () => '', /empty/],
    ['not JSON', () => '{"a": ', /not valid JSON/],
    ['an array', () => '[]', /must contain a JSON object/],
    [
      'a JSON export',
      () => JSON.stringify({ format: 'corroborate-export' }),
      /not a Corroborate W3C export/,
    ],
    [
      'newer version',
      () => JSON.stringify({ ...valid(), 'corroborate:version': 9 }),
      /newer version .*version 9/,
    ],
    [
      'no type body',
      () => {
        const d = valid();
        d.first.items[0]!.body = d.first.items[0]!.body.slice(1);
        return JSON.stringify(d);
      },
      /first\.items\[0\].*"type" body/,
    ],
    [
      'negative position',
      () => {
        const d = valid();
        d.first.items[1]!.target['corroborate:position'].start = -4;
        return JSON.stringify(d);
      },
      /first\.items\[1\]\.target\.corroborate:position\.start/,
    ],
    [
      'missing quote selector',
      () => {
        const d = valid();
        d.first.items[0]!.target.selector = [];
        return JSON.stringify(d);
      },
      /selector/,
    ],
  ])('import rejects %s with a readable error', (_name, make, message) => {
    const result = importW3c(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('recognises W3C documents for validate', () => {
    expect(isW3cExport(JSON.parse(exportW3c(sampleProject(), undefined, LATER)))).toBe(true);
    expect(isW3cExport({ format: 'corroborate-export' })).toBe(false);
    expect(isW3cExport(null)).toBe(false);
  });
});
