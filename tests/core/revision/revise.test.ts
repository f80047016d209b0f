import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../core/anchoring/describe';
import { buildExport, parseExport, planImport } from '../../../core/io/export-json';
import { parseProject, serializeProject } from '../../../core/io/project-file';
import type { Claim } from '../../../core/model/claim';
import { contentHash } from '../../../core/model/hash';
import { createProject } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { reviseSource } from '../../../core/revision/revise';

const CREATED = '2024-03-23T10:00:00.000Z';
const NOW = '2024-06-30T12:00:00.000Z';

const ORIGINAL = [
  'Gunmen attacked Crocus City Hall near Moscow on 22 March.',
  'The attack killed at least 143 people, officials said, and injured more than 500.',
  'Four suspects were detained in the Bryansk region, the FSB said.',
  'ISKP claimed responsibility for the attack within hours.',
].join('\n\n');

function source(id: string, text: string): Source {
  return {
    id,
    metadata: { title: id, capture: 'plain-text', language: 'en' },
    text,
    blocks: [],
    contentHash: contentHash(text),
  };
}

function claimOn(id: string, text: string, quote: string, extra: Partial<Claim> = {}): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return {
    id,
    type: 'casualty',
    tags: [],
    target: describeSpan(text, start, start + quote.length, 'wire', contentHash(text)),
    event: 'Crocus City Hall attack',
    measure: 'deaths',
    value: null,
    attributedTo: '',
    note: '',
    created: CREATED,
    modified: CREATED,
    ...extra,
  };
}

const CLAIMS = {
  toll: 'at least 143 people',
  injured: 'more than 500',
  suspects: 'Four suspects were detained',
  iskp: 'ISKP claimed responsibility',
};

function claims(): Claim[] {
  return Object.entries(CLAIMS).map(([id, quote]) => claimOn(id, ORIGINAL, quote));
}

type Outcome = 'moved' | 'changed' | 'orphaned' | 'unchanged';

describe('reviseSource', () => {
  it.each<[string, string, Record<string, Outcome>]>([
    [
      'changed figure: flagged "changed", never moved onto the new figure silently',
      ORIGINAL.replace('at least 143 people', 'at least 150 people'),
      { toll: 'changed', injured: 'unchanged', suspects: 'unchanged', iskp: 'unchanged' },
    ],
    [
      'text inserted before: claims move with it',
      `Updated at 18:00 with new details from the ministry.\n\n${ORIGINAL}`,
      { toll: 'moved', injured: 'moved', suspects: 'moved', iskp: 'moved' },
    ],
    [
      'deleted passage: its claim becomes an orphan',
      ORIGINAL.replace('\n\nFour suspects were detained in the Bryansk region, the FSB said.', ''),
      { toll: 'unchanged', injured: 'unchanged', suspects: 'orphaned', iskp: 'moved' },
    ],
    [
      'duplicated passage: claims stay on their original occurrence',
      `${ORIGINAL}\n\n${ORIGINAL.split('\n\n')[1]}`,
      { toll: 'unchanged', injured: 'unchanged', suspects: 'unchanged', iskp: 'unchanged' },
    ],
    [
      'same text: all unchanged',
      ORIGINAL,
      { toll: 'unchanged', injured: 'unchanged', suspects: 'unchanged', iskp: 'unchanged' },
    ],
  ])('%s', (_name, revisedText, expected) => {
    const before = claims();
    const report = reviseSource(source('wire', ORIGINAL), source('wire', revisedText), before, NOW);
    const outcome = (claim: Claim, old: Claim): Outcome => {
      if (claim.revision?.status === 'changed') return 'changed';
      if (claim.revision?.status === 'orphaned') return 'orphaned';
      return claim.target.position.start === old.target.position.start ? 'unchanged' : 'moved';
    };
    const got = Object.fromEntries(
      report.updatedClaims.map((c, i) => [c.id, outcome(c, before[i]!)]),
    );
    expect(got).toEqual(expected);
    const counts = { moved: 0, changed: 0, orphaned: 0, unchanged: 0 };
    for (const value of Object.values(expected)) counts[value] += 1;
    expect({
      moved: report.moved,
      changed: report.changed,
      orphaned: report.orphaned,
      unchanged: report.unchanged,
    }).toEqual(counts);
    // Every claim that still has words in the new text points at exactly those words.
    for (const claim of report.updatedClaims) {
      if (claim.revision?.status === 'orphaned') continue;
      const { start, end } = claim.target.position;
      expect(revisedText.slice(start, end)).toBe(claim.target.quote.exact);
      expect(claim.target.contentHash).toBe(contentHash(revisedText));
    }
    // The duplicated passage: the claim stays on the first occurrence, not the copy.
    if (revisedText.length > ORIGINAL.length && revisedText.startsWith(ORIGINAL)) {
      expect(report.updatedClaims[0]!.target.position.start).toBe(before[0]!.target.position.start);
    }
  });

  it('a changed claim keeps the old and new quote and the analyst value', () => {
    const toll = claimOn('toll', ORIGINAL, 'at least 143', {
      value: { kind: 'text', text: 'at least 143' },
    });
    const revisedText = ORIGINAL.replace('at least 143', 'at least 150');
    const { updatedClaims, changed } = reviseSource(
      source('wire', ORIGINAL),
      source('wire', revisedText),
      [toll],
      NOW,
    );
    const claim = updatedClaims[0]!;
    expect(changed).toBe(1);
    expect(claim.revision).toEqual({
      status: 'changed',
      oldQuote: 'at least 143',
      newQuote: 'at least 150',
      at: NOW,
    });
    expect(claim.value).toEqual({ kind: 'text', text: 'at least 143' });
    expect(claim.target.quote.exact).toBe('at least 150');
    expect(claim.modified).toBe(NOW);
  });

  it('an orphan keeps its old target and says why', () => {
    const revisedText = ORIGINAL.replace(
      '\n\nFour suspects were detained in the Bryansk region, the FSB said.',
      '',
    );
    const before = claims();
    const { updatedClaims } = reviseSource(
      source('wire', ORIGINAL),
      source('wire', revisedText),
      before,
      NOW,
    );
    const orphan = updatedClaims.find((c) => c.id === 'suspects')!;
    expect(orphan.target).toEqual(before.find((c) => c.id === 'suspects')!.target);
    expect(orphan.revision).toMatchObject({
      status: 'orphaned',
      oldQuote: 'Four suspects were detained',
      at: NOW,
    });
    expect(orphan.revision?.reason).toMatch(/no longer in the source/);
  });

  it('a second revision keeps the first tagged words; revising back clears the flag', () => {
    const v2 = ORIGINAL.replace('at least 143', 'at least 150');
    const v3 = ORIGINAL.replace('at least 143', 'at least 160');
    const start = [claimOn('toll', ORIGINAL, 'at least 143')];
    const second = reviseSource(
      source('wire', ORIGINAL),
      source('wire', v2),
      start,
      NOW,
    ).updatedClaims;
    const third = reviseSource(source('wire', v2), source('wire', v3), second, NOW).updatedClaims;
    expect(third[0]!.revision).toMatchObject({
      oldQuote: 'at least 143',
      newQuote: 'at least 160',
    });
    const back = reviseSource(
      source('wire', v3),
      source('wire', ORIGINAL),
      third,
      NOW,
    ).updatedClaims;
    expect(back[0]!.revision).toBeUndefined();
    expect(back[0]!.target.quote.exact).toBe('at least 143');
  });

  it("leaves other sources' claims untouched and out of the counts", () => {
    const other = {
      ...claimOn('other', ORIGINAL, 'ISKP'),
      target: { ...claimOn('o', ORIGINAL, 'ISKP').target, sourceId: 'review' },
    };
    const revisedText = `Preface.\n\n${ORIGINAL}`;
    const report = reviseSource(
      source('wire', ORIGINAL),
      source('wire', revisedText),
      [other, ...claims()],
      NOW,
    );
    expect(report.updatedClaims[0]).toBe(other);
    expect(report.moved + report.changed + report.orphaned + report.unchanged).toBe(4);
  });
});

describe('revision flags survive saving and exporting', () => {
  const revisedText = ORIGINAL.replace('at least 143', 'at least 150').replace(
    '\n\nFour suspects were detained in the Bryansk region, the FSB said.',
    '',
  );
  const flagged = reviseSource(
    source('wire', ORIGINAL),
    source('wire', revisedText),
    claims(),
    NOW,
  ).updatedClaims;
  const project = {
    ...createProject({ id: 'p', name: 'Crocus', now: CREATED }),
    sources: [
      {
        id: 'wire',
        title: 'Wire',
        contentHash: contentHash(revisedText),
        metadata: { title: 'Wire', capture: 'plain-text' as const, language: 'en' },
      },
    ],
    claims: flagged,
  };
  const schema = (name: string) =>
    new Ajv2020({ allErrors: true, strict: true }).compile(
      JSON.parse(readFileSync(join(process.cwd(), 'schemas', name), 'utf8')) as object,
    );

  it('has both kinds of flag to check', () => {
    expect(flagged.map((c) => c.revision?.status)).toEqual([
      'changed',
      undefined,
      'orphaned',
      undefined,
    ]);
  });

  it('project file: loads back equal and validates against the JSON Schema', () => {
    const json = serializeProject(project);
    expect(parseProject(json)).toEqual({ ok: true, value: project });
    const validate = schema('corroborate-project-v1.schema.json');
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('export: validates, and export -> import -> export loses nothing', () => {
    const doc = buildExport(project, NOW);
    const validate = schema('corroborate-export-v1.schema.json');
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseExport(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const empty = createProject({ id: 'q', name: 'Empty', now: CREATED });
    const imported = planImport(empty, parsed.value, 'merge', NOW).result;
    expect(imported.claims).toEqual(project.claims);
    expect(buildExport(imported, NOW).claims).toEqual(doc.claims);
  });
});
