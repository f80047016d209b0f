import { z } from 'zod';
import type { Gazetteer } from '../places/gazetteer';
import { exportGroups, exportGroupSchema, type ExportGroup } from './export-groups';
import type { SourceInfo } from '../model/source-info';
import type { Claim, TextPositionSelector, TextQuoteSelector } from '../model/claim';
import type { Project, SourceRef } from '../model/project';
import { fail, ok, type Result } from '../model/result';
import type { SourceMetadata } from '../model/source';
import {
  claimFieldsShape,
  sourceMetadataSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from './project-file';
import { describeIssue, fieldsToFix, parseJsonText } from './json-text';
import { typedDate, type TypedDate } from '../text/date-words';

/** Name and version of the JSON export format (see schemas/corroborate-export-v1.schema.json). */
export const EXPORT_FORMAT = 'corroborate-export';
export const EXPORT_VERSION = 1;

/** A claim as exported: flat, with W3C selectors, readable without Corroborate. */
export interface ExportClaim {
  id: string;
  sourceId: string;
  type: Claim['type'];
  tags: string[];
  event: string;
  measure: string;
  subject?: string;
  value: Claim['value'];
  /** A date claim's value typed (ISO 8601 and its precision); derived, ignored on import. */
  date?: TypedDate;
  attributedTo: string;
  attributedTarget?: string;
  note: string;
  credibility?: Claim['credibility'];
  revision?: Claim['revision'];
  created: string;
  modified: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  contentHash: string;
}

export interface ExportSource {
  id: string;
  title: string;
  metadata: SourceMetadata;
  contentHash: string;
}

/** The whole export document. */
export interface ExportDoc {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  project: { id: string; name: string };
  sources: ExportSource[];
  claims: ExportClaim[];
  /** The groups and verdicts derived when exporting; optional so older exports still read. */
  groups?: ExportGroup[];
}

const exportClaimSchema = z.object({
  ...claimFieldsShape,
  sourceId: z.string().min(1),
  selectors: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
  contentHash: z.string(),
});

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  project: z.object({ id: z.string(), name: z.string() }),
  sources: z.array(
    z.object({
      id: z.string().min(1),
      title: z.string(),
      metadata: sourceMetadataSchema,
      contentHash: z.string(),
    }),
  ),
  claims: z.array(exportClaimSchema),
  groups: z.array(exportGroupSchema).optional(),
});

const _exportCheck: (d: z.infer<typeof exportSchema>) => ExportDoc = (d) => d;
void _exportCheck;

/** Copies the optional fields that are set, so absent stays absent through a round trip. */
function optionals<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

/** One project claim in export form. */
function toExportClaim(claim: Claim): ExportClaim {
  const date = claim.value?.kind === 'date' ? typedDate(claim.value.date) : null;
  return {
    id: claim.id,
    sourceId: claim.target.sourceId,
    type: claim.type,
    tags: [...claim.tags],
    event: claim.event,
    measure: claim.measure,
    ...optionals(claim, ['subject'] as const),
    value: claim.value,
    ...(date ? { date } : {}),
    attributedTo: claim.attributedTo,
    ...optionals(claim, ['attributedTarget', 'credibility', 'revision'] as const),
    note: claim.note,
    created: claim.created,
    modified: claim.modified,
    selectors: [claim.target.quote, claim.target.position],
    contentHash: claim.target.contentHash,
  };
}

/** One exported claim back in project form (the inverse of toExportClaim). */
function fromExportClaim(claim: ExportClaim): Claim {
  return {
    id: claim.id,
    type: claim.type,
    tags: [...claim.tags],
    target: {
      sourceId: claim.sourceId,
      contentHash: claim.contentHash,
      quote: claim.selectors[0],
      position: claim.selectors[1],
    },
    event: claim.event,
    measure: claim.measure,
    ...optionals(claim, ['subject', 'attributedTarget', 'credibility', 'revision'] as const),
    value: claim.value,
    attributedTo: claim.attributedTo,
    note: claim.note,
    created: claim.created,
    modified: claim.modified,
  };
}

/**
 * Builds the export document: every source's metadata and hash, every claim with both W3C
 * selectors. Source texts are not included (they are the analyst's files, often large); the
 * hashes say which text each claim was made on. `now` is passed in so core stays pure.
 */
export function buildExport(
  project: Project,
  now: string,
  sources: readonly SourceInfo[] = [],
  gazetteer?: Gazetteer,
): ExportDoc {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    project: { id: project.id, name: project.name },
    sources: project.sources.map((s) => ({
      id: s.id,
      title: s.title,
      metadata: s.metadata,
      contentHash: s.contentHash,
    })),
    claims: project.claims.map(toExportClaim),
    groups: exportGroups(project, sources, gazetteer),
  };
}

/** The export as pretty-printed JSON text, ready to write or print. */
export function exportClaimsJson(
  project: Project,
  now: string,
  sources: readonly SourceInfo[] = [],
  gazetteer?: Gazetteer,
): string {
  return `${JSON.stringify(buildExport(project, now, sources, gazetteer), null, 2)}\n`;
}

/**
 * Reads an export. Never throws: bad JSON says where, a newer version says to update, a wrong
 * shape names the field path ("claims[0].selectors[1].start").
 */
export function parseExport(json: string): Result<ExportDoc> {
  const parsed = parseJsonText(json, 'export');
  if (!parsed.ok) return parsed;
  const data = parsed.value as { format?: unknown; version?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.format !== EXPORT_FORMAT) {
    return fail(
      `This is not a Corroborate export: "format" must be "${EXPORT_FORMAT}". If it is a project file, open it instead of importing it.`,
    );
  }
  if (typeof data.version === 'number' && data.version > EXPORT_VERSION) {
    return fail(
      `This export was made by a newer version of Corroborate (version ${data.version}, this version reads up to ${EXPORT_VERSION}). Update Corroborate to import it; the file was not changed.`,
    );
  }
  const result = exportSchema.safeParse(data);
  if (!result.success) {
    return fail(
      `The export file is damaged: ${describeIssue(result.error)}. Fix ${fieldsToFix(result.error)} and import again.`,
    );
  }
  return ok(result.data);
}

/** How an import changes a project, shown to the analyst before it is applied. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  sourcesAdded: number;
}

export interface ImportPlan {
  counts: ImportCounts;
  /** The project after the import; apply it by committing it to the history. */
  result: Project;
}

/** Structural equality of JSON-like values, ignoring key order and absent-vs-undefined. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Plans an import without applying it, so the counts can be shown first.
 * - `merge`: exported claims are added or replace the project's claim with the same id; other
 *   project claims stay.
 * - `replace`: the project's claims become exactly the exported ones (`removed` counts the
 *   rest; group decisions naming removed claims go too).
 * Sources are only ever added (by id), never removed or overwritten: the project's own source
 * records point at the texts on disk. `now` stamps `modified` when anything changes.
 */
export function planImport(
  project: Project,
  doc: ExportDoc,
  mode: 'replace' | 'merge',
  now: string = project.modified,
): ImportPlan {
  const knownSources = new Set(project.sources.map((s) => s.id));
  const newSources: SourceRef[] = doc.sources
    .filter((s) => !knownSources.has(s.id))
    .map((s) => ({ id: s.id, title: s.title, contentHash: s.contentHash, metadata: s.metadata }));
  const existing = new Map(project.claims.map((c) => [c.id, c]));
  const imported = doc.claims.map(fromExportClaim);
  const importedIds = new Set(imported.map((c) => c.id));
  const counts: ImportCounts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    sourcesAdded: newSources.length,
  };
  const replacement = new Map<string, Claim>();
  const appended: Claim[] = [];
  for (const claim of imported) {
    const current = existing.get(claim.id);
    if (!current) {
      counts.added += 1;
      appended.push(claim);
    } else if (sameJson(current, claim)) {
      counts.unchanged += 1;
    } else {
      counts.updated += 1;
      replacement.set(claim.id, claim);
    }
  }
  const kept = project.claims
    .filter((c) => {
      if (mode === 'merge' || importedIds.has(c.id)) return true;
      counts.removed += 1;
      return false;
    })
    .map((c) => replacement.get(c.id) ?? c);
  const changed = counts.added + counts.updated + counts.removed + counts.sourcesAdded > 0;
  if (!changed) return { counts, result: project };
  const claims = [...kept, ...appended];
  const ids = new Set(claims.map((c) => c.id));
  return {
    counts,
    result: {
      ...project,
      modified: now,
      sources: [...project.sources, ...newSources],
      claims,
      groupDecisions: project.groupDecisions.filter((d) => d.claimIds.every((id) => ids.has(id))),
    },
  };
}
