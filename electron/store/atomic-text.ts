/**
 * Atomic replace of a file (settings, undo history, an exported PDF): write a temp file in the
 * same folder (same file system, so the rename is atomic), fsync it, rename it over the target. A
 * crash leaves the old file or the new one, never half of one; a failed write removes its temp
 * file, and a crash's leftover temp file is removed later by temp-files.ts `cleanStaleTemps`.
 */
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathFor } from './temp-files';

/** Replaces `path` with `text` (UTF-8) atomically, creating the folder when needed. */
export function writeTextAtomic(path: string, text: string): Promise<void> {
  return writeAtomic(path, text);
}

/** Replaces `path` with `bytes` atomically, creating the folder when needed. */
export function writeBytesAtomic(path: string, bytes: Uint8Array): Promise<void> {
  return writeAtomic(path, bytes);
}

async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof data === 'string') await handle.writeFile(data, 'utf8');
      else await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
