/**
 * The export formats and their menu names, apart from the exporters (renderer/exports/formats.ts),
 * which load on first use: the menu is drawn at start-up, the report and W3C code is not needed
 * until an export.
 */
export type ExportFormat = 'json' | 'w3c' | 'csv' | 'report';

/** What each format is called in the menu. */
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  json: 'Corroborate JSON',
  w3c: 'W3C Web Annotation (JSON-LD)',
  csv: 'CSV spreadsheet',
  report: 'Discrepancy report (HTML)',
};
