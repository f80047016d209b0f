import type { CaptureKind, SourceMetadata } from '../../core/model/source';

const CAPTURE_LABELS: Record<CaptureKind, string> = {
  'web-page': 'Web page capture',
  'pdf-text': 'PDF text extraction',
  'plain-text': 'Plain text',
  markdown: 'Markdown',
  html: 'HTML page',
  docx: 'Word document',
  pasted: 'Pasted text',
};

/** A capture kind in words an analyst reads at a glance. */
export function captureLabel(kind: CaptureKind): string {
  return CAPTURE_LABELS[kind];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO date as an analyst reads it: "22 March 2024", "March 2024", "2024", a date without a
 * year ("--03-22") as "22 March (no year)", a span ("2022/2023") as "2022 to 2023". Anything else
 * is shown as written.
 */
export function readableDate(iso: string): string {
  const span = iso.split('/');
  if (span.length === 2) return `${readableDate(span[0]!)} to ${readableDate(span[1]!)}`;
  const yearless = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (yearless) {
    const month = MONTHS[Number(yearless[1]) - 1];
    if (!month) return iso;
    return `${yearless[2] ? `${Number(yearless[2])} ` : ''}${month} (no year)`;
  }
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!full) return iso;
  const month = full[2] ? MONTHS[Number(full[2]) - 1] : undefined;
  if (full[2] && !month) return iso;
  return [full[3] ? String(Number(full[3])) : null, month, full[1]].filter(Boolean).join(' ');
}

/** A published date as "22 March 2024" (or "March 2024", "2024"), or "date unknown". */
export function dateLabel(date: SourceMetadata['published']): string {
  return date ? readableDate(date) : 'Date unknown';
}
