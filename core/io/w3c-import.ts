import { z } from 'zod';
import type { Claim } from '../model/claim';
import { fail, ok, type Result } from '../model/result';
import type { ExportClaim, ExportDoc } from './export-json';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import {
  claimRevisionSchema,
  claimTypeSchema,
  claimValueSchema,
  credibilitySchema,
  sourceMetadataSchema,
} from './project-file';
import { describeIssue, fieldsToFix, parseJsonText } from './json-text';
import type { W3cBodyField, W3cGroupLink, W3cImport } from './w3c-types';
import { ANNO_CONTEXT, W3C_FORMAT, W3C_VERSION } from './w3c-vocab';

const FIELDS = [
  'type',
  'measure',
  'event',
  'subject',
  'value',
  'attributedTo',
  'attributedTarget',
  'note',
  'tag',
  'credibility',
  'verdict',
] as const satisfies readonly W3cBodyField[];

const bodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  'corroborate:field': z.enum(FIELDS),
  'corroborate:value': claimValueSchema.optional(),
  'corroborate:credibility': credibilitySchema.optional(),
});

const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});

const claimAnnotationSchema = z.object({
  id: z.string(),
  motivation: z.literal('describing'),
  body: z.array(bodySchema),
  target: z.object({
    source: z.object({ id: z.string(), 'corroborate:contentHash': z.string() }),
    selector: z.tuple([quoteSchema, z.object({ type: z.literal('TextPositionSelector') })]),
    'corroborate:position': z.object({
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  }),
  'corroborate:claim': z.object({
    id: z.string().min(1),
    sourceId: z.string().min(1),
    created: z.string(),
    modified: z.string(),
    revision: claimRevisionSchema.optional(),
  }),
});

const groupAnnotationSchema = z.object({
  motivation: z.literal('linking'),
  target: z.array(z.string()),
  'corroborate:group': z.object({ id: z.string(), verdict: z.string() }),
});

const collectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  'corroborate:exportedAt': z.string(),
  'corroborate:project': z.object({ id: z.string(), name: z.string() }),
  'corroborate:sources': z.array(
    z.object({
      id: z.string().min(1),
      title: z.string(),
      metadata: sourceMetadataSchema,
      contentHash: z.string(),
    }),
  ),
  first: z
    .object({
      items: z.array(
        z.discriminatedUnion('motivation', [claimAnnotationSchema, groupAnnotationSchema]),
      ),
    })
    .optional(),
});

type ClaimAnnotation = z.infer<typeof claimAnnotationSchema>;

/** Reads a claim back from its annotation; the inverse of `claimAnnotation`. */
function claimOf(annotation: ClaimAnnotation): Result<Claim> {
  const record = annotation['corroborate:claim'];
  const bodies = annotation.body;
  const text = (field: W3cBodyField) => bodies.find((b) => b['corroborate:field'] === field);
  const type = claimTypeSchema.safeParse(text('type')?.value);
  if (!type.success) return fail(`claim ${record.id} has no valid "type" body`);
  const [quote] = annotation.target.selector;
  const position = annotation.target['corroborate:position'];
  if (position.start > position.end) return fail(`claim ${record.id}: position start is after end`);
  const claim: Claim = {
    id: record.id,
    type: type.data,
    tags: bodies.filter((b) => b['corroborate:field'] === 'tag').map((b) => b.value),
    target: {
      sourceId: record.sourceId,
      contentHash: annotation.target.source['corroborate:contentHash'],
      quote,
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    event: text('event')?.value ?? '',
    measure: text('measure')?.value ?? '',
    value: text('value')?.['corroborate:value'] ?? null,
    attributedTo: text('attributedTo')?.value ?? '',
    note: text('note')?.value ?? '',
    created: record.created,
    modified: record.modified,
  };
  const subject = text('subject');
  if (subject) claim.subject = subject.value;
  const attributedTarget = text('attributedTarget');
  if (attributedTarget) claim.attributedTarget = attributedTarget.value;
  const credibility = text('credibility')?.['corroborate:credibility'];
  if (credibility !== undefined) claim.credibility = credibility;
  if (record.revision) claim.revision = record.revision;
  return ok(claim);
}

/** " (corroborate-w3c v1)"-style check of the header, before the shape is validated. */
function checkHeader(data: unknown): Result<void> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a Corroborate W3C export: the file must contain a JSON object.');
  }
  const head = data as Record<string, unknown>;
  const context = head['@context'];
  const contexts: unknown[] = Array.isArray(context) ? context : [context];
  if (!contexts.includes(ANNO_CONTEXT) || head['corroborate:format'] !== W3C_FORMAT) {
    return fail(
      `This is not a Corroborate W3C export: it needs "@context" with ${ANNO_CONTEXT} and "corroborate:format": "${W3C_FORMAT}". Annotations from other tools cannot be imported yet.`,
    );
  }
  const version = head['corroborate:version'];
  if (typeof version === 'number' && version > W3C_VERSION) {
    return fail(
      `This W3C export was made by a newer version of Corroborate (version ${version}, this version reads up to ${W3C_VERSION}). Update Corroborate to import it.`,
    );
  }
  return ok(undefined);
}

/**
 * True when parsed JSON claims to be a W3C Web Annotation document (our format marker, or an
 * AnnotationCollection), so a caller routes it to {@link importW3c}, which says what is wrong.
 */
export function isW3cExport(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const head = data as Record<string, unknown>;
  return head['corroborate:format'] === W3C_FORMAT || head.type === 'AnnotationCollection';
}

/**
 * Reads a W3C Web Annotation export made by {@link exportW3c} back into claims, losslessly:
 * the quote comes from the TextQuoteSelector, offsets from `corroborate:position` (UTF-16, our
 * unit; the standard TextPositionSelector counts code points), each field from the TextualBody
 * marked with it, and ids and timestamps from `corroborate:claim`. Linking annotations come
 * back as the groups Corroborate showed then (they are derived, so they are informative only).
 * Never throws: a wrong file says what it is missing, a damaged one names the field path.
 */
export function importW3c(json: string): Result<W3cImport> {
  const parsed = parseJsonText(json, 'W3C annotation');
  if (!parsed.ok) return parsed;
  const header = checkHeader(parsed.value);
  if (!header.ok) return header;
  const result = collectionSchema.safeParse(parsed.value);
  if (!result.success) {
    return fail(
      `The W3C export is damaged: ${describeIssue(result.error)}. Fix ${fieldsToFix(result.error)} and import again.`,
    );
  }
  const doc = result.data;
  const claims: Claim[] = [];
  const groups: W3cGroupLink[] = [];
  const byIri = new Map<string, string>();
  const pending: { id: string; targets: string[]; verdict: string }[] = [];
  for (const [index, item] of (doc.first?.items ?? []).entries()) {
    if (item.motivation === 'linking') {
      const group = item['corroborate:group'];
      pending.push({ id: group.id, targets: item.target, verdict: group.verdict });
      continue;
    }
    const claim = claimOf(item);
    if (!claim.ok) return fail(`The W3C export is damaged: first.items[${index}]: ${claim.error}.`);
    claims.push(claim.value);
    byIri.set(item.id, claim.value.id);
  }
  for (const group of pending) {
    groups.push({
      id: group.id,
      verdict: group.verdict,
      claimIds: group.targets.flatMap((iri) => byIri.get(iri) ?? []),
    });
  }
  return ok({
    exportedAt: doc['corroborate:exportedAt'],
    project: doc['corroborate:project'],
    sources: doc['corroborate:sources'],
    claims,
    groups,
  });
}

function exportClaimOf(claim: Claim): ExportClaim {
  const { target, ...rest } = claim;
  return {
    ...rest,
    sourceId: target.sourceId,
    contentHash: target.contentHash,
    selectors: [target.quote, target.position],
  };
}

/** An imported W3C file as a JSON export document, so `planImport` can merge it into a project. */
export function w3cImportAsExport(imported: W3cImport): ExportDoc {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: imported.exportedAt,
    project: imported.project,
    sources: imported.sources,
    claims: imported.claims.map(exportClaimOf),
  };
}
