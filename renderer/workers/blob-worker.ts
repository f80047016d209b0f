/** A request: the text to store, and a key echoed back to match the reply. */
export interface BlobRequest {
  key: number;
  text: string;
}

/** The reply: the text as a Blob of UTF-8 (a Blob crosses back without copying its bytes). */
export interface BlobReply {
  key: number;
  blob: Blob;
}

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<BlobRequest>) => void): void;
  postMessage(message: BlobReply): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Turns a project's text into the Blob the web store writes, off the page's thread: on a 17 MB
 * project the conversion to UTF-8 takes 90-270 ms, which the page spent on every autosave.
 */
scope.addEventListener('message', (event) => {
  const { key, text } = event.data;
  scope.postMessage({ key, blob: new Blob([text], { type: 'application/json' }) });
});
