/**
 * Size limits of what crosses the IPC boundary, shared by the argument schemas (checked in
 * handlers.ts before any service runs) and the services (which check what they read from disk
 * against the same numbers). One place, so the two can never disagree.
 */

/** Largest file opened or saved through a dialog, in bytes (the CLI and web build use the same). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Largest report HTML printed to PDF, in bytes of UTF-8. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** Largest undo history stored, in characters (core trims it to UNDO_HISTORY_BUDGET first). */
export const MAX_HISTORY_CHARS = 16_000_000;

/** Longest file name a dialog is asked to suggest (most file systems stop at 255). */
export const MAX_NAME_CHARS = 255;

/** Longest MIME type accepted by saveFile. */
export const MAX_MIME_CHARS = 100;

/** Most entries in an open dialog's accept list, and the longest entry. */
export const MAX_ACCEPT_ENTRIES = 20;
export const MAX_ACCEPT_CHARS = 100;
