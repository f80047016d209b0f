import { z } from 'zod';
import type { Gazetteer } from '../places/gazetteer';
import { deriveGroups, type DerivedGroup } from '../compare/derive';
import type { Project } from '../model/project';
import type { SourceInfo } from '../model/source-info';
import { readableDate, typedDate, type TypedDate } from '../text/date-words';

/**
 * A group as the JSON export gives it: the verdict the panel showed, the claims it joins, and
 * its event date typed (ISO 8601 with a precision), so other tools read what the analyst read.
 * Derived on export and ignored on import: groups are recomputed from the claims.
 */
export interface ExportGroup {
  id: string;
  event: string;
  eventDate: TypedDate | null;
  measure: string;
  subject: string | null;
  verdict: DerivedGroup['verdict'];
  inconsistent: boolean;
  /** What all values allow, as the panel words it (">= 143", "22 March (no year)"). */
  overlap: string | null;
  /** For a date group, the overlap typed like {@link eventDate}. */
  overlapDate: TypedDate | null;
  revision: 'upward' | 'downward' | 'changed' | null;
  explanation: string;
  claimIds: string[];
}

const typedDateSchema = z.object({
  iso: z.string(),
  precision: z.enum(['day', 'month', 'year', 'yearless', 'interval']),
  text: z.string(),
});

/** The shape of an exported group, checked when an export is read back. */
export const exportGroupSchema = z.object({
  id: z.string(),
  event: z.string(),
  eventDate: typedDateSchema.nullable(),
  measure: z.string(),
  subject: z.string().nullable(),
  verdict: z.enum(['agree', 'compatible', 'conflict', 'single']),
  inconsistent: z.boolean(),
  overlap: z.string().nullable(),
  overlapDate: typedDateSchema.nullable().default(null),
  revision: z.enum(['upward', 'downward', 'changed']).nullable(),
  explanation: z.string(),
  claimIds: z.array(z.string()),
});

/** One derived group in export form. */
export function toExportGroup(group: DerivedGroup): ExportGroup {
  const dateOverlap = group.type === 'date' && group.overlap ? group.overlap : null;
  return {
    id: group.id,
    event: group.event,
    eventDate: typedDate(group.eventDate),
    measure: group.measure,
    subject: group.subject ?? null,
    verdict: group.verdict,
    inconsistent: group.inconsistent,
    overlap: dateOverlap ? readableDate(dateOverlap) : (group.overlap ?? null),
    overlapDate: typedDate(dateOverlap),
    revision: group.revision?.direction ?? null,
    explanation: group.explanation,
    claimIds: group.items.map((item) => item.id),
  };
}

/** The project's claim groups for the export, from the one derivation the panel shows. */
export function exportGroups(
  project: Project,
  sources: readonly SourceInfo[] = [],
  gazetteer?: Gazetteer,
): ExportGroup[] {
  return deriveGroups(project, { sources, ...(gazetteer ? { gazetteer } : {}) }).groups.map(
    toExportGroup,
  );
}
