import { exportClaimsJson, parseExport, type ExportDoc } from '../../core/io/export-json';
import { exportCsv } from '../../core/io/csv';
import { exportW3c } from '../../core/io/w3c';
import { importW3c, isW3cExport, w3cImportAsExport } from '../../core/io/w3c-import';
import type { Project } from '../../core/model/project';
import type { Gazetteer } from '../../core/places/gazetteer';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import { renderReport } from '../../core/report';
import type { ExportFormat } from './labels';

export interface ExportFile {
  name: string;
  text: string;
  mimeType: string;
}

function baseName(project: Project): string {
  return project.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'corroborate';
}

/**
 * The file an export writes: its name, text and type. The sources give texts and metadata; the
 * gazetteer, the places events are matched by (the one the panel and the CLI use).
 */
export function exportFile(
  format: ExportFormat,
  project: Project,
  sources: readonly Source[],
  now: string,
  gazetteer?: Gazetteer,
): ExportFile {
  const name = baseName(project);
  switch (format) {
    case 'json':
      return {
        name: `${name}.claims.json`,
        text: exportClaimsJson(project, now, sources, gazetteer),
        mimeType: 'application/json',
      };
    case 'w3c':
      return {
        name: `${name}.annotations.jsonld`,
        text: exportW3c(project, sources, now, gazetteer),
        mimeType: 'application/ld+json',
      };
    case 'csv':
      return {
        name: `${name}.claims.csv`,
        text: exportCsv(project, sources, gazetteer),
        mimeType: 'text/csv',
      };
    case 'report':
      return {
        name: `${name}.report.html`,
        text: renderReport(project, sources, now, gazetteer),
        mimeType: 'text/html',
      };
  }
}

/**
 * Reads a claims file for import: our own JSON export, or our W3C Web Annotation export (read
 * back losslessly). Anything else is refused with the reason.
 */
export function readClaimsFile(text: string): Result<ExportDoc> {
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // parseExport reports the syntax error with its position.
  }
  if (isW3cExport(data)) {
    const imported = importW3c(text);
    return imported.ok ? { ok: true, value: w3cImportAsExport(imported.value) } : imported;
  }
  return parseExport(text);
}
