import { z } from 'zod';
import type { Claim } from '../model/claim';
import { PROJECT_SCHEMA_VERSION, type Project } from '../model/project';
import { fail, ok, type Result } from '../model/result';
import {
  arrayJsonPieces,
  concatenated,
  prepareArrayJson,
  createElementMemo,
  withArrays,
  type Canonical,
} from './element-json';
import { describeIssue, fieldsToFix, parseJsonText } from './json-text';
import { projectReferenceProblems } from './project-references';

const figureSchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
  approximate: z.boolean(),
  value: z.number().optional(),
  kind: z.enum(['exact', 'lower-bound', 'upper-bound', 'range', 'approximate', 'vague']).optional(),
});

/** A claim value as stored: figure, (partial) ISO date or free text, or null when not set. */
export const claimValueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('figure'), figure: figureSchema }),
    z.object({ kind: z.literal('date'), date: z.string(), text: z.string().optional() }),
    z.object({ kind: z.literal('text'), text: z.string() }),
  ])
  .nullable();

/** W3C TextQuoteSelector as stored in files. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C TextPositionSelector as stored in files: UTF-16 offsets, start <= end. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] });

/** Claim types as stored in files. */
export const claimTypeSchema = z.enum([
  'casualty',
  'count',
  'attribution',
  'date',
  'location',
  'actor',
  'statement',
  'other',
]);

/** Admiralty information credibility, 1 to 6. */
export const credibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

/** A revision flag on a claim (see ClaimRevision): changed or orphaned by a source revision. */
export const claimRevisionSchema = z.object({
  status: z.enum(['changed', 'orphaned']),
  oldQuote: z.string(),
  newQuote: z.string().optional(),
  reason: z.string().optional(),
  at: z.string(),
});

/**
 * What a claim says, shared by the project file and the JSON export (which differ only in how
 * they store the target), so a new claim field is declared once.
 */
export const claimFieldsShape = {
  id: z.string().min(1),
  type: claimTypeSchema,
  tags: z.array(z.string()),
  event: z.string(),
  measure: z.string(),
  subject: z.string().optional(),
  value: claimValueSchema,
  attributedTo: z.string(),
  attributedTarget: z.string().optional(),
  note: z.string(),
  credibility: credibilitySchema.optional(),
  revision: claimRevisionSchema.optional(),
  created: z.string(),
  modified: z.string(),
};

const claimSchema = z.object({
  ...claimFieldsShape,
  target: z.object({
    sourceId: z.string().min(1),
    contentHash: z.string(),
    quote: textQuoteSelectorSchema,
    position: textPositionSelectorSchema,
  }),
});

/** Source metadata as stored in projects and exports. */
/** A source's colour, as the pickers and the JSON Schemas write it: #rrggbb. */
export const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb');

export const sourceMetadataSchema = z.object({
  title: z.string(),
  shortName: z.string().max(60).optional(),
  titleAssigned: z.boolean().optional(),
  subtitle: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  published: z.string().nullable().optional(),
  captured: z.string().nullable().optional(),
  capture: z.enum(['web-page', 'pdf-text', 'plain-text', 'markdown', 'html', 'docx', 'pasted']),
  language: z.string(),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  colour: colourSchema.optional(),
  notes: z.string().optional(),
});

/** A source as a project lists it: its id and metadata, and its text when the project carries it. */
const sourceRefSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  path: z.string().optional(),
  contentHash: z.string(),
  metadata: sourceMetadataSchema,
  content: z
    .object({
      text: z.string(),
      blocks: z.array(
        z.object({
          kind: z.enum(['heading', 'paragraph']),
          start: z.number().int().min(0),
          end: z.number().int().min(0),
          page: z.number().int().min(1).optional(),
        }),
      ),
    })
    .optional(),
});

/** The shape of a project file; {@link projectSchema} adds the checks across fields. */
const projectShape = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string(),
  created: z.string(),
  modified: z.string(),
  sources: z.array(sourceRefSchema),
  claims: z.array(claimSchema),
  dismissedSuggestions: z.array(z.string()),
  groupDecisions: z.array(
    z.object({
      kind: z.enum(['link', 'unlink']),
      claimIds: z.tuple([z.string(), z.string()]),
    }),
  ),
  customTags: z.array(z.string()),
});

// Runs once the shape is right: ids unique, claims on listed sources, offsets inside texts.
const projectSchema = projectShape.superRefine((project, ctx) => {
  for (const problem of projectReferenceProblems(project))
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

// The schemas must produce exactly the model types; these lines fail to compile otherwise.
const _claimCheck: (c: z.infer<typeof claimSchema>) => Claim = (c) => c;
const _projectCheck: (p: z.infer<typeof projectSchema>) => Project = (p) => p;
void _claimCheck;
void _projectCheck;

/**
 * The claim schema (shared with the export format) and the project schema (shared with the main
 * process's IPC argument checks: a project the renderer sends must have a project file's shape).
 */
export { claimSchema, projectSchema };

/**
 * Writes a project as pretty-printed JSON (two spaces, trailing newline) with keys in schema
 * order, so saving the same project always gives the same bytes, files diff well in version
 * control and a human can repair one by hand. An invalid project is written as it is; loading
 * it then names the bad field (the project store checks before writing).
 */
export function serializeProject(project: Project): string {
  return concatenated(serializeProjectPieces(project));
}

/**
 * {@link serializeProject} as pieces (the same bytes), which a host hands on one by one (the web
 * store to its Blob worker) without copying the whole text into one string on the page's thread.
 */
export function serializeProjectPieces(project: Project): string[] {
  const assembled = assembledProjectPieces(project);
  if (assembled !== null) return [...assembled, '\n'];
  const canonical = projectSchema.safeParse(project);
  return [`${JSON.stringify(canonical.success ? canonical.data : project, null, 2)}\n`];
}

/**
 * Makes the JSON of the sources and claims that serializeProject has not written yet, and their
 * joined runs, a slice at a time (a run of 256 elements), yielding between slices;
 * serializeProject then reuses all of it. The first save of a project just opened writes every
 * claim (about 200 ms for 5,000 claims in one task); a host that steps through this first,
 * pausing at each yield, lets the page paint and answer input in between. Core never pauses or
 * reads a clock itself.
 */
export function* prepareProjectJson(project: Project): Generator<void, void, void> {
  if (Array.isArray(project.sources))
    yield* prepareArrayJson(project.sources, canonicalSource, written.sources);
  if (Array.isArray(project.claims))
    yield* prepareArrayJson(project.claims, canonicalClaim, written.claims);
}

/** The project without its two long lists, checked on its own (they are checked one by one). */
const projectHeadSchema = projectShape.extend({ sources: z.unknown(), claims: z.unknown() });

const written = { sources: createElementMemo(), claims: createElementMemo() };

/** An element check for arrayJsonPieces: the canonical element, or nothing when it is invalid. */
function checkedBy(schema: z.ZodType): Canonical {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  };
}
const canonicalSource = checkedBy(sourceRefSchema);
const canonicalClaim = checkedBy(claimSchema);

/**
 * The bytes serializeProject writes for a valid project, made from each claim's and source's
 * text as written last time (see element-json.ts): an autosave after one tag checks and writes
 * one claim, not five thousand. Null for an invalid project (written the whole way instead).
 */
function assembledProjectPieces(project: Project): string[] | null {
  if (!Array.isArray(project.sources) || !Array.isArray(project.claims)) return null;
  const head = projectHeadSchema.safeParse(project);
  if (!head.success) return null;
  const sources = arrayJsonPieces(project.sources, canonicalSource, written.sources);
  const claims =
    sources === null ? null : arrayJsonPieces(project.claims, canonicalClaim, written.claims);
  if (sources === null || claims === null || projectReferenceProblems(project).length > 0)
    return null;
  return withArrays(head.data, { sources, claims });
}

/**
 * Reads a project file. Never throws: bad JSON says where, a newer schema says to update
 * Corroborate (and that the file was left alone), a wrong shape names the field. Versions are
 * checked before shapes because a newer file is expected to have a different shape.
 */
export function parseProject(json: string): Result<Project> {
  const parsed = parseJsonText(json, 'project');
  return parsed.ok ? parseProjectValue(parsed.value) : parsed;
}

/**
 * {@link parseProject} for a value already read from JSON: a project inside another document (an
 * undo step of the stored history) is checked alike without being written out and read again.
 */
export function parseProjectValue(data: unknown): Result<Project> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a Corroborate project: the file must contain a JSON object.');
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number') {
    return fail(
      'This is not a Corroborate project: it has no "schemaVersion". If it is an export, use Import instead of Open.',
    );
  }
  if (version > PROJECT_SCHEMA_VERSION) {
    return fail(
      `This project was saved by a newer version of Corroborate (schema ${version}, this version reads up to ${PROJECT_SCHEMA_VERSION}). Update Corroborate to open it; the file was not changed.`,
    );
  }
  const result = projectSchema.safeParse(data);
  if (!result.success) {
    return fail(
      `The project file is damaged: ${describeIssue(result.error)}. Fix ${fieldsToFix(result.error)} or open a backup copy; the file was not changed.`,
    );
  }
  return ok(result.data);
}
