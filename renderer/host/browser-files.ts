import type { PickedBinaryFile, PickedFile } from './host';

/** Largest file the web build reads into memory for an import, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Offers text as a download, the browser's stand-in for a save dialog. */
export function downloadText(name: string, text: string, mimeType: string): Promise<boolean> {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve(true);
}

/** Opens the browser's file picker; `read` turns the chosen file into the result. */
function pickFile<T>(
  accept: readonly string[],
  read: (file: File) => Promise<T>,
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.style.display = 'none';
    input.dataset.testid = 'file-picker';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > MAX_IMPORT_BYTES) {
        return reject(
          new Error(
            `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB. Split the document or import only the part you need.`,
          ),
        );
      }
      read(file).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}

/** Opens the browser's file picker and reads the chosen file as UTF-8 text. */
export function pickTextFile(accept: readonly string[]): Promise<PickedFile | null> {
  return pickFile(accept, async (file) => ({ name: file.name, text: await file.text() }));
}

/** Opens the browser's file picker and reads the chosen file as bytes (sources to import). */
export function pickBinaryFile(accept: readonly string[]): Promise<PickedBinaryFile | null> {
  return pickFile(accept, async (file) => ({
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  }));
}
