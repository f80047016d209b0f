/**
 * The bounds every importer enforces, in one place so the messages, the tests and the fuzz
 * generators agree on them. Each is far above what a real article needs and well below what
 * stalls a tab: a file past one is refused with a message that names the limit, before the
 * expensive work starts.
 */
export interface ImportLimits {
  /** Deepest element nesting read from HTML (real pages stay under ~60 levels). */
  htmlDepth: number;
  /** Most entries in a .docx zip (a real document has a few dozen). */
  zipEntries: number;
  /** Largest inflated size of one entry of a .docx zip, in bytes. */
  zipEntryBytes: number;
  /** Largest inflated size of all entries of a .docx zip together, in bytes. */
  zipTotalBytes: number;
  /** Most keys (and list items) in a text file's YAML front matter. */
  frontMatterKeys: number;
  /** Largest YAML front matter, in characters (metadata is a few hundred). */
  frontMatterChars: number;
  /** Most pages read from a PDF. */
  pdfPages: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  htmlDepth: 1_000,
  zipEntries: 5_000,
  zipEntryBytes: 32 * 1024 * 1024,
  zipTotalBytes: 128 * 1024 * 1024,
  frontMatterKeys: 1_000,
  frontMatterChars: 64 * 1024,
  pdfPages: 2_000,
});

/** A count for a message: "1,000". */
export function countText(count: number): string {
  return count.toLocaleString('en-US');
}

/** A size for a message: "32 MB", "1.5 MB", "64 KB", "900 bytes". */
export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [size, unit] = bytes < 1048576 ? [bytes / 1024, 'KB'] : [bytes / 1048576, 'MB'];
  return `${Number.isInteger(size) ? size : size.toFixed(1)} ${unit}`;
}
