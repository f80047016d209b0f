import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../../core/io/project-file';
import { sampleProject } from './fixtures';

const good = serializeProject(sampleProject());

/** The project JSON with one edit applied to the parsed object. */
function edited(
  edit: (p: Record<string, unknown> & { claims: Record<string, unknown>[] }) => void,
) {
  const data = JSON.parse(good) as Record<string, unknown> & { claims: Record<string, unknown>[] };
  edit(data);
  return JSON.stringify(data, null, 2);
}

describe('project file', () => {
  it('round-trips a project exactly', () => {
    const parsed = parseProject(good);
    expect(parsed).toEqual({ ok: true, value: sampleProject() });
    if (parsed.ok) expect(serializeProject(parsed.value)).toBe(good);
  });

  it.each([
    ['empty file', '', /empty/],
    ['cut off', good.slice(0, 200), /not valid JSON at (line \d+, column \d+|the end of the file)/],
    [
      'stray comma',
      good.replace('"name": "Crocus",', '"name": "Crocus",,'),
      /at line 4, column \d+/,
    ],
    ['not an object', '[1, 2]', /not a Corroborate project/],
    ['no schemaVersion', '{"name": "x"}', /no "schemaVersion"/],
    [
      'newer version',
      edited((p) => (p.schemaVersion = 2)),
      /^This project was saved by a newer version of Corroborate \(schema 2, this version reads up to 1\)\. Update Corroborate to open it; the file was not changed\.$/,
    ],
    ['claims not an array', edited((p) => (p.claims = {} as never)), /claims: .*array/i],
    [
      'wrong field deep inside',
      edited((p) => {
        (p.claims[1]!.target as { position: { start: unknown } }).position.start = 'ten';
      }),
      /claims\[1\]\.target\.position\.start/,
    ],
    ['unknown claim type', edited((p) => (p.claims[0]!.type = 'rumour')), /claims\[0\]\.type/],
    [
      'start after end',
      edited((p) => {
        (p.claims[0]!.target as { position: { start: number } }).position.start = 9999;
      }),
      /claims\[0\]\.target\.position\.end: start must not be after end/,
    ],
    [
      'bad group decision',
      edited((p) => (p.groupDecisions = [{ kind: 'merge' }])),
      /groupDecisions\[0\]/,
    ],
  ])('rejects a %s with a readable error', (_name, json, message) => {
    const result = parseProject(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('project JSON Schema', () => {
  const schema = JSON.parse(
    readFileSync(join(process.cwd(), 'schemas', 'corroborate-project-v1.schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('accepts a saved project', () => {
    expect(validate(JSON.parse(good)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['newer version', edited((p) => (p.schemaVersion = 2))],
    ['unknown claim type', edited((p) => (p.claims[0]!.type = 'rumour'))],
    ['missing customTags', edited((p) => delete p.customTags)],
  ])('rejects a file with %s', (_name, json) => {
    expect(validate(JSON.parse(json))).toBe(false);
  });
});

describe('readable errors for files that are not projects', () => {
  it.each<[string, string]>([
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000'],
    ['a PNG image', '\ufffdPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'],
  ])('%s is named binary, with no raw bytes in the message', (_name, text) => {
    const result = parseProject(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/binary data/);
    const raw = [...result.error].filter((char) => char.charCodeAt(0) < 32 || char === '\ufffd');
    expect(raw).toEqual([]);
  });

  it('lists the first three schema problems and counts the rest', () => {
    const result = parseProject(
      JSON.stringify({ schemaVersion: 1, id: 7, name: 8, created: 9, modified: 10, sources: 11 }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.match(/: /g)?.length).toBeGreaterThanOrEqual(3);
    expect(result.error).toMatch(/and \d+ more problems?/);
  });
});
