import { Inflate } from 'fflate';
import { fail, ok, type Result } from '../model/result';
import { bytesText, countText, IMPORT_LIMITS, type ImportLimits } from '../io/import-limits';
import { usesZip64, type ZipEntry } from './zip-directory';

type ZipLimits = Pick<ImportLimits, 'zipEntries' | 'zipEntryBytes' | 'zipTotalBytes'>;

/** Compressed bytes fed to the inflater at a time: at most ~1 MB of output between checks. */
const SLICE = 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates one entry only to count its bytes, stopping as soon as it passes `limit`; the data
 * is dropped as it comes. Returns the inflated size, or `limit + 1` when it went past it.
 */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): number {
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
  });
  const end = Math.min(entry.dataStart + entry.compressedSize, bytes.byteLength);
  try {
    for (let at = entry.dataStart; at < end && size <= limit; at += SLICE) {
      const stop = Math.min(at + SLICE, end);
      inflater.push(bytes.subarray(at, stop), stop === end);
    }
  } catch {
    // A broken deflate stream is the zip reader's to report; its size so far is what counts here.
  }
  return Math.min(size, limit + 1);
}

/**
 * Checks, before any zip reader inflates it, that an archive cannot blow up memory: the number
 * of entries, each entry's inflated size and the total, against caps. The sizes the directory
 * declares are checked first (free); then each deflated entry is really inflated with a counter
 * that stops at the entry's declared size, so a zip that lies about its sizes is caught after at
 * most that many bytes, and the later real read (JSZip trusts the declared sizes) is bounded by
 * what was checked (`entries` come from readZipDirectory). Trade-off: a document is inflated twice, which for a real .docx (a few MB)
 * costs milliseconds; a bomb costs at most the caps. The error says which cap, for the message.
 */
export function checkZipBounds(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ZipLimits = IMPORT_LIMITS,
): Result<void> {
  if (entries.length > limits.zipEntries) {
    return fail(
      `it holds ${countText(entries.length)} files; the limit is ${countText(limits.zipEntries)}`,
    );
  }
  const entryCap = `the limit is ${bytesText(limits.zipEntryBytes)} per part`;
  let total = 0;
  for (const entry of entries) {
    if (usesZip64(entry) || entry.declaredSize > limits.zipEntryBytes) {
      return fail(
        `its part ${entry.name} would inflate to more than ${bytesText(limits.zipEntryBytes)}; ${entryCap}`,
      );
    }
    total += entry.method === STORED ? entry.compressedSize : entry.declaredSize;
    if (total > limits.zipTotalBytes) {
      return fail(
        `its parts would inflate to more than ${bytesText(limits.zipTotalBytes)} in all; the limit is ${bytesText(limits.zipTotalBytes)}`,
      );
    }
  }
  for (const entry of entries) {
    if (entry.method !== DEFLATED) continue;
    if (inflatedSize(bytes, entry, entry.declaredSize) > entry.declaredSize) {
      return fail(
        `its part ${entry.name} inflates to more than the ${bytesText(entry.declaredSize)} its zip directory declares (a zip bomb); refused before reading it (${entryCap}, ${bytesText(limits.zipTotalBytes)} in all)`,
      );
    }
  }
  return ok(undefined);
}
