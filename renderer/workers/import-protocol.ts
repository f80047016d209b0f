import type { ImportFileInput } from '../../core/import/import-file';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';

/**
 * Marks this protocol's messages. pdf.js, run inside the worker, may post its own messages on
 * the same scope (its fallback runs its worker code there), so both ends ignore anything else.
 */
export const CHANNEL = 'corroborate-import';

/** What the UI sends the import worker: the file and how to name the source (no callbacks). */
export interface ImportRequest {
  channel: typeof CHANNEL;
  input: Omit<ImportFileInput, 'onProgress' | 'readPdf'>;
}

/** What the import worker sends back: progress while it reads, then the one result. */
export type ImportReply = { channel: typeof CHANNEL } & (
  { type: 'progress'; done: number; total: number } | { type: 'result'; result: Result<Source> }
);

/** True for a message of this protocol (see CHANNEL). */
export function isOurs(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'channel' in data && data.channel === CHANNEL;
}
