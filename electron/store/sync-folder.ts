/**
 * fsync of a folder, the second half of a durable rename. Renaming a fsynced temp file over the
 * target makes the write atomic, but the new directory entry itself lives in the folder: until
 * the folder is flushed too, a power loss can bring back the old name (or no name at all for a
 * new file), losing the last save even though its bytes reached the disk.
 */

/** The part of a file handle a folder sync needs. */
export interface SyncableHandle {
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a path read-only (node's `fs.promises.open(path, 'r')` or a test's fake). */
export type OpenForSync = (path: string, flags: 'r') => Promise<SyncableHandle>;

/**
 * Flushes `folder`'s entries to disk. Windows cannot open a folder as a file (NTFS orders its
 * metadata itself), and a few file systems refuse to fsync a folder (EINVAL, EISDIR, EPERM on
 * some network shares): those are skipped, since the rename already happened and nothing better
 * can be done. Any other error propagates: the caller's save did not become durable.
 */
export async function syncFolder(
  open: OpenForSync,
  folder: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  let handle: SyncableHandle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if (isUnsupported(error)) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!isUnsupported(error)) throw error;
  } finally {
    await handle.close();
  }
}

function isUnsupported(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EINVAL' || code === 'EISDIR' || code === 'EPERM' || code === 'ENOTSUP';
}
