/**
 * The size cap on Corroborate's own JSON files (projects, JSON and W3C exports). A file above it
 * is refused before it is read: parsing and checking 100 MB of JSON blocks the app for seconds
 * and takes several times its size in memory, and no project the app writes comes near it.
 * 64 MB leaves room for one source at the 50 MB import limit carried inside a project.
 */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

const CAP = `Corroborate reads project and export files up to ${megabytes(MAX_JSON_FILE_BYTES)}`;

/**
 * Why a file of `bytes` bytes is refused, naming the cap, or null when it is small enough.
 * Callers that can stat a file ask this before reading it; {@link tooLongText} guards text
 * already in memory (standard input, a browser store).
 */
export function fileSizeProblem(name: string, bytes: number): string | null {
  if (bytes <= MAX_JSON_FILE_BYTES) return null;
  return `${name} is ${megabytes(bytes)}; ${CAP}. It was not read, and it was not changed.`;
}

/**
 * The same refusal for text already in memory, before JSON.parse sees it. A string longer than
 * the cap in UTF-16 code units is longer still in UTF-8 bytes (no code unit takes less than a
 * byte), so only files really over the cap are refused.
 */
export function tooLongText(what: string, text: string): string | null {
  if (text.length <= MAX_JSON_FILE_BYTES) return null;
  return `The ${what} file is more than ${megabytes(MAX_JSON_FILE_BYTES)}; ${CAP}. It was not changed.`;
}
