import type { CaptureKind, SourceMetadata } from '../../core/model/source';
import { readableDate } from '../../core/text/date-words';

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

export { readableDate };

/** A published date as "22 March 2024" (or "March 2024", "2024"), or "date unknown". */
export function dateLabel(date: SourceMetadata['published']): string {
  return date ? readableDate(date) : 'Date unknown';
}
