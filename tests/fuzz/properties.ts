/**
 * The fuzz properties, shared by the vitest files in this folder (a few hundred cases each, so
 * `npm test` stays fast) and by bench/suites/fuzz.bench.ts (100,000 cases each). A property
 * fails by throwing; fast-check then shrinks the input and prints the seed to replay it.
 */
import fc from 'fast-check';
import { parseExport, exportClaimsJson } from '../../core/io/export-json';
import { parseProject, serializeProject } from '../../core/io/project-file';
import { parseSourceFile } from '../../core/io/source-file';
import { exportW3c } from '../../core/io/w3c';
import { importW3c } from '../../core/io/w3c-import';
import type { Result } from '../../core/model/result';
import { findFigures, isWellFormed, parseFigure } from '../../core/quantity/index';
import { richProject } from '../core/io/w3c-fixtures';
import { claimArbitrary } from './arbitraries';

/** Cases per property: `FUZZ_RUNS` from the environment, else 200. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 200;
/** Optional fixed seed (`FUZZ_SEED`) to replay a failure fast-check reported. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const NOW = '2024-05-01T00:00:00.000Z';

/** Strings of every kind: graphemes, raw UTF-16 (lone surrogates included), ASCII. */
export const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);

/** Every path into a JSON value (bounded), so a mutation can pick one. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (out.length > 2000 || typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

/** A valid document with one node replaced by a random JSON value, or deleted. */
function mutated(text: string) {
  const base = JSON.parse(text) as unknown;
  const paths = pathsOf(base);
  return fc
    .tuple(fc.nat({ max: paths.length - 1 }), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
    .map(([index, replacement, remove]) => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      const path = paths[index]!;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (remove && !Array.isArray(node)) delete node[last];
      else node[last] = replacement;
      return JSON.stringify(copy);
    });
}

/** JSON-ish inputs for a parser: garbage, any JSON, and mutations of a valid document. */
function jsonInputs(valid: string) {
  return fc.oneof(anyString, fc.json({ maxDepth: 4 }), mutated(valid), fc.constant(valid));
}

/** A parser result must be a value or a non-empty string error; it must never throw. */
function checkResult(result: Result<unknown>): void {
  if (result.ok) return;
  if (typeof result.error !== 'string' || result.error.length === 0) {
    throw new Error(`error is not a readable string: ${JSON.stringify(result.error)}`);
  }
}

export interface FuzzProperty {
  name: string;
  run: (numRuns: number, seed?: number) => void;
}

function property<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
): FuzzProperty {
  return {
    name,
    run: (numRuns, seed) =>
      fc.assert(fc.property(arbitrary, check), {
        numRuns,
        ...(seed === undefined ? {} : { seed }),
      }),
  };
}

const project = richProject();
const validProject = serializeProject(project);
const validExport = exportClaimsJson(project, NOW);
const validW3c = exportW3c(project, undefined, NOW);

export const FUZZ_PROPERTIES: FuzzProperty[] = [
  property(
    'findFigures and parseFigure: never throw, well-formed intervals, valid offsets',
    anyString,
    (text) => {
      for (const f of findFigures(text)) {
        if (!isWellFormed(f)) throw new Error(`ill-formed interval ${JSON.stringify(f)}`);
        if (f.start < 0 || f.end > text.length || f.start >= f.end) throw new Error('bad offsets');
        if (text.slice(f.start, f.end) !== f.text) throw new Error('text does not match offsets');
      }
      const parsed = parseFigure(text);
      if (parsed && !isWellFormed(parsed)) throw new Error('ill-formed parseFigure result');
    },
  ),
  property(
    'findFigures: no figure or counted noun spans a paragraph break',
    fc
      .array(
        fc.oneof(
          fc.constantFrom('about', 'between', 'and', 'to', '-', '$', '10k', '504', 'two', 'people'),
          fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\u2029', ' ', '\n'),
          fc.integer({ min: -999, max: 99999 }).map(String),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(' ')),
    (text) => {
      for (const f of findFigures(text)) {
        const span = text.slice(f.start, Math.max(f.end, f.unitEnd ?? 0));
        if (/[\n\r][ \t]*[\n\r]|\u2029/.test(span.replace(/\r\n/g, '\n')))
          throw new Error(`figure crosses a paragraph break: ${JSON.stringify(span)}`);
      }
    },
  ),
  property(
    'findFigures: digit, comma and sign runs (issue 15) give well-formed figures in order',
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            '1,',
            '1',
            ',',
            '000 ',
            '1-',
            '-',
            '1.',
            '/',
            'one ',
            '$',
            '½',
            'e',
            'K',
            'lakh ',
            ' ',
          ),
          fc.integer({ min: 1, max: 60 }),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((runs) => runs.map(([unit, times]) => unit.repeat(times)).join('')),
    (text) => {
      let end = 0;
      for (const f of findFigures(text)) {
        if (!isWellFormed(f)) throw new Error(`ill-formed interval ${JSON.stringify(f)}`);
        if (f.start < end || f.end > text.length || f.start >= f.end)
          throw new Error('bad offsets');
        if (text.slice(f.start, f.end) !== f.text) throw new Error('text does not match offsets');
        end = f.end;
      }
    },
  ),
  property('parseProject: never throws, errors are strings', jsonInputs(validProject), (text) =>
    checkResult(parseProject(text)),
  ),
  property('parseExport: never throws, errors are strings', jsonInputs(validExport), (text) =>
    checkResult(parseExport(text)),
  ),
  property('importW3c: never throws, errors are strings', jsonInputs(validW3c), (text) =>
    checkResult(importW3c(text)),
  ),
  property(
    'parseSourceFile: never throws on any text or front matter',
    fc.oneof(
      anyString,
      anyString.map((body) => `---\n${body}\n---\n${body}`),
      fc
        .jsonValue({ maxDepth: 2 })
        .map(
          (v) => `---\ntitle: ${JSON.stringify(v)}\npublished: ${JSON.stringify(v)}\n---\nText 12.`,
        ),
    ),
    (content) => checkResult(parseSourceFile({ id: 'fuzz', content })),
  ),
  property(
    'W3C export then import gives the same claims back',
    fc.array(claimArbitrary, { maxLength: 4 }),
    (claims) => {
      const unique = claims.map((claim, i) => ({ ...claim, id: `${claim.id}-${i}` }));
      const back = importW3c(
        exportW3c({ ...project, claims: unique, groupDecisions: [] }, undefined, NOW),
      );
      if (!back.ok) throw new Error(back.error);
      const same =
        JSON.stringify(back.value.claims.map(sortKeys)) === JSON.stringify(unique.map(sortKeys));
      if (!same) throw new Error('round trip changed a claim');
    },
  ),
];

/** A JSON value with object keys sorted, so comparison ignores key order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
