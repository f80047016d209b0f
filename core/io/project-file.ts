import { z } from 'zod';
import type { Claim } from '../model/claim';
import { PROJECT_SCHEMA_VERSION, type Project } from '../model/project';
import { fail, ok, type Result } from '../model/result';

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

const projectSchema = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string(),
  created: z.string(),
  modified: z.string(),
  sources: z.array(
    z.object({
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
    }),
  ),
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

// The schemas must produce exactly the model types; these lines fail to compile otherwise.
const _claimCheck: (c: z.infer<typeof claimSchema>) => Claim = (c) => c;
const _projectCheck: (p: z.infer<typeof projectSchema>) => Project = (p) => p;
void _claimCheck;
void _projectCheck;

/** The claim schema, shared with the export format. */
export { claimSchema };

/**
 * The project schema, shared with the main process's IPC argument checks (a project the
 * renderer sends must have the shape a project file has).
 */
export { projectSchema };

/**
 * Writes a project as pretty-printed JSON (two spaces, trailing newline) with keys in schema
 * order, so saving the same project always gives the same bytes, files diff well in version
 * control and a human can repair one by hand. An invalid project is written as it is; loading
 * it then names the bad field (the project store checks before writing).
 */
export function serializeProject(project: Project): string {
  const canonical = projectSchema.safeParse(project);
  return `${JSON.stringify(canonical.success ? canonical.data : project, null, 2)}\n`;
}

/**
 * Parses JSON text, reporting a syntax error with its line and column when the engine says where
 * (V8 gives a position or a line/column, depending on the version).
 */
export function parseJsonText(json: string, what: string): Result<unknown> {
  if (!json.trim())
    return fail(
      `The ${what} file is empty. It may have been cut off while saving; try a backup copy.`,
    );
  if (looksBinary(json))
    return fail(
      `This is not a ${what} file: it holds binary data (an image, an archive or another program's file), not JSON text. Choose the .json file Corroborate saved.`,
    );
  try {
    return ok(JSON.parse(json.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const message = printable(error instanceof Error ? error.message : String(error));
    return fail(
      `The ${what} file is not valid JSON${jsonErrorLocation(json, message)} (${message}). It may be damaged or cut off; open a backup copy or fix the file by hand.`,
    );
  }
}

/**
 * True when a text decoded from bytes is binary rather than text: NUL bytes, or many control or
 * replacement characters near the start. Only the first 4 KB are read, so a huge file costs
 * nothing more; a JSON text never holds raw control characters outside whitespace.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- control characters are what is being counted
  const odd = head.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(8, head.length / 50);
}

/** An engine message made safe to show: control characters escaped, long quotes clipped. */
function printable(message: string): string {
  const escaped = message.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is being escaped
    /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > 160 ? `${escaped.slice(0, 159)}…` : escaped;
}

/** " at line L, column C" from a JSON.parse message, or "" when it does not say. */
function jsonErrorLocation(json: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return /end of JSON input/.test(message) ? ' at the end of the file' : '';
  const offset = Number(position[1]);
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** "claims[2].target.position.start" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** The first few zod issues as "field path: problem", then how many more there are. */
export function describeIssue(error: z.ZodError): string {
  const issues = error.issues;
  if (issues.length === 0) return 'unknown problem';
  const shown = issues
    .slice(0, ISSUES_SHOWN)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`;
}

/** How many schema problems a message lists before it counts the rest. */
const ISSUES_SHOWN = 3;

/**
 * Reads a project file. Never throws: bad JSON says where, a newer schema says to update
 * Corroborate (and that the file was left alone), a wrong shape names the field. Versions are
 * checked before shapes because a newer file is expected to have a different shape.
 */
export function parseProject(json: string): Result<Project> {
  const parsed = parseJsonText(json, 'project');
  if (!parsed.ok) return parsed;
  const data = parsed.value;
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
      `The project file is damaged: ${describeIssue(result.error)}. Fix that field or open a backup copy; the file was not changed.`,
    );
  }
  return ok(result.data);
}
