/**
 * Atomic, durable replace of a file (settings, undo history, exports, an exported PDF): write a
 * temp file in the same folder (same file system, so the rename is atomic), fsync it, rename it
 * over the target, fsync the folder (sync-folder.ts: without it a power loss can undo the
 * rename). A crash leaves the old file or the new one, never half of one; a failed write removes
 * its temp file, and a crash's leftover temp file is removed later by temp-files.ts.
 *
 * Not write-file-atomic (a dependency of the project): its temp files are named
 * `<name>.<hash>`, which the leftover cleanup (temp-files.ts) cannot tell from the analyst's own
 * files, and it does not fsync the folder. Project saves (project-store.ts) use the same steps.
 */
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder } from './sync-folder';
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
  await syncFolder(open, folder);
}
