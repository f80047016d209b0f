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

/** A published date as "22 March 2024" (or "March 2024", "2024"), or "date unknown". */
export function dateLabel(date: SourceMetadata['published']): string {
  if (!date) return 'Date unknown';
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
