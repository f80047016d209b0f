import { fail, ok, type Result } from '../model/result';
import { decodeText } from './text-decode';

/** One file in a zip archive, as its central directory describes it (nothing inflated yet). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else is left for the zip reader to refuse. */
  method: number;
  compressedSize: number;
  /** The size the archive claims the entry inflates to (checked, not trusted: see zip-bounds). */
  declaredSize: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;
/** Sizes and counts at their maximum mean "see the ZIP64 record": far past any of our caps. */
const ZIP64_SIZE = 0xffffffff;

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - END_SEARCH; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * Lists a zip archive's entries from its central directory, the table at the end of the file
 * that every zip reader (JSZip in mammoth included) trusts for names, sizes and offsets. Reading
 * it costs nothing and inflates nothing, so sizes can be checked before any decompression.
 * ZIP64 sizes are reported as 4 GB (over every cap) rather than read: no document that passes
 * the import size limit needs them. Never throws: a truncated or malformed directory is an error.
 */
export function readZipDirectory(bytes: Uint8Array): Result<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? findEndOfDirectory(view) : -1;
  if (end < 0) return fail('it has no zip directory (the file is truncated or not a zip)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return fail(`its zip directory is damaged at entry ${index + 1} of ${count}`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL_HEADER) {
      return fail(`its zip entry ${index + 1} of ${count} points outside the file`);
    }
    const name = decodeText(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      dataStart:
        localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}

/** True when an entry's sizes are ZIP64 placeholders rather than real values. */
export function usesZip64(entry: ZipEntry): boolean {
  return entry.compressedSize === ZIP64_SIZE || entry.declaredSize === ZIP64_SIZE;
}
