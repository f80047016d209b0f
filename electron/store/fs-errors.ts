/**
 * The few questions the shell asks the file system about a path, answered the same way
 * everywhere: "absent" is an answer (false), any other failure (permissions, I/O) propagates so
 * the caller can word it for the analyst.
 */
import { stat } from 'node:fs/promises';

/** The `code` of a Node file-system error ("ENOENT", "EEXIST", ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** True for the errors that mean "nothing at that path". */
export function isAbsent(error: unknown): boolean {
  return errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR';
}

/** True when `path` is an existing regular file; false when absent. Other errors propagate. */
export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}

/** True when something (file or folder) exists at `path`; false when absent. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}
