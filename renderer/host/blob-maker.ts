import type { BlobReply, BlobRequest } from '../workers/blob-worker';

/** Texts shorter than this are made into a Blob here: the trip to the worker would cost more. */
const WORKER_MIN_CHARS = 256 * 1024;

let worker: Worker | null | undefined;
const waiting = new Map<number, (blob: Blob | null) => void>();
let nextKey = 0;

/** The shared Blob worker; null where workers are unavailable or it failed. */
function blobWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('../workers/blob-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return null;
  worker.onmessage = (event: MessageEvent<BlobReply>) => {
    waiting.get(event.data.key)?.(event.data.blob);
    waiting.delete(event.data.key);
  };
  const fail = () => {
    worker?.terminate();
    worker = null;
    for (const answer of waiting.values()) answer(null);
    waiting.clear();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail();
  };
  worker.onmessageerror = fail;
  return worker;
}

/** `text` as a Blob of UTF-8 made on this thread. */
export function blobHere(text: string): Blob {
  return new Blob([text], { type: 'application/json' });
}

/**
 * `text` as a Blob of UTF-8, made in a worker when it is long: handing the text over costs the
 * page a copy (~2 ms a MB), the conversion it saves ~5-15 ms a MB. Made here when it is short,
 * or where workers are unavailable or fail; the Blob is the same either way. Never rejects.
 */
export function makeBlob(text: string): Promise<Blob> {
  const off = text.length >= WORKER_MIN_CHARS ? blobWorker() : null;
  if (!off) return Promise.resolve(blobHere(text));
  return new Promise<Blob>((resolve) => {
    const key = (nextKey += 1);
    waiting.set(key, (blob) => resolve(blob ?? blobHere(text)));
    off.postMessage({ key, text } satisfies BlobRequest);
  });
}
