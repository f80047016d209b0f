/**
 * The channels that move a file between the analyst's disk and the renderer: exports (saveFile)
 * and imports (openFile, openBinaryFile). The renderer never names a path: it suggests a bare
 * file name, the analyst picks the place in a native dialog. Arguments were parsed by the
 * channel's schema (ipc/argument-schemas.ts) before these run.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CorroborateHandlers } from '../ipc/handlers';
import { MAX_FILE_BYTES } from '../ipc/limits';
import { writeTextAtomic } from '../store/atomic-text';
import { dialogExtensions, megabytes, safeName } from './file-names';
import { refuse, type ServiceDeps } from './service-deps';

type Dialogs = Pick<ServiceDeps, 'showSaveDialog' | 'showOpenDialog'>;

export function createFileChannels(
  deps: Dialogs,
): Pick<CorroborateHandlers, 'saveFile' | 'openFile' | 'openBinaryFile'> {
  /** Asks which file to read; null when cancelled, refused above the size limit. */
  async function chooseFileToRead(accept: readonly string[]): Promise<string | null> {
    const wanted = dialogExtensions(accept);
    const result = await deps.showOpenDialog({
      properties: ['openFile'],
      filters: wanted.length > 0 ? [{ name: 'Supported files', extensions: wanted }] : [],
    });
    const path = result.canceled ? undefined : result.filePaths[0];
    if (!path) return null;
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) {
      refuse(`${basename(path)} is ${megabytes(info.size)}; the limit is 50 MB.`);
    }
    return path;
  }

  return {
    /**
     * Exports are written atomically like every other write: a crash or a full disk leaves the
     * file the analyst chose to replace as it was, never half an export.
     */
    async saveFile(suggestedName: string, text: string): Promise<boolean> {
      const name = safeName(suggestedName);
      const extension = extname(name).slice(1);
      const result = await deps.showSaveDialog({
        defaultPath: name,
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      });
      if (result.canceled || !result.filePath) return false;
      await writeTextAtomic(result.filePath, text);
      return true;
    },

    async openFile(accept: readonly string[]) {
      const path = await chooseFileToRead(accept);
      return path ? { name: basename(path), text: await readFile(path, 'utf8') } : null;
    },

    async openBinaryFile(accept: readonly string[]) {
      const path = await chooseFileToRead(accept);
      return path ? { name: basename(path), bytes: new Uint8Array(await readFile(path)) } : null;
    },
  };
}
