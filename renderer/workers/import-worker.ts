import { importSourceFile } from '../../core/import/import-file';
import { readPdfTextInBrowser } from '../import/pdf-browser';
import { CHANNEL, isOurs, type ImportReply, type ImportRequest } from './import-protocol';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: ImportReply): void;
}
const scope = self as unknown as WorkerScope;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Reads one file into a Source off the UI thread: the same core importers (with their caps) and
 * the browser's PDF reader, with progress posted back. One worker per import, so cancelling is
 * terminating it: a parse stuck in a hostile file stops at once and frees its memory.
 */
scope.addEventListener('message', (event) => {
  if (!isOurs(event.data)) return;
  const request = (event.data as ImportRequest).input;
  const post = (reply: DistributiveOmit<ImportReply, 'channel'>) =>
    scope.postMessage({ channel: CHANNEL, ...reply });
  post({ type: 'progress', done: 0, total: 1 });
  importSourceFile({
    ...request,
    readPdf: readPdfTextInBrowser,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  }).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) =>
      post({
        type: 'result',
        result: {
          ok: false,
          error: `${request.name} could not be imported: ${error instanceof Error ? error.message : String(error)}`,
        },
      }),
  );
});
