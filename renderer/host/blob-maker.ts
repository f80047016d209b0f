import type { BlobReply, BlobRequest } from '../workers/blob-parts';
import { pauseForPage } from './pause';

/** Texts shorter than this are made into a Blob here: the trip to the worker would cost more. */
const WORKER_MIN_CHARS = 256 * 1024;

/**
 * Characters handed to the worker per message. Each message copies its part on the page's
 * thread (~2 ms a MB); 17 MB in one message held the page for ~35-100 ms.
 */
export const PART_CHARS = 1024 * 1024;

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
 * `text` cut into parts of about `size` code units, never between the two halves of a
 * surrogate pair (a lone half would be stored as U+FFFD and the character lost).
 */
export function textParts(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + size);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts.length > 0 ? parts : [''];
}

/**
 * `text` as a Blob of UTF-8, made in a worker when it is long: the text goes over in parts, a
 * message per turn of the page, so no copy holds the page; the conversion it saves costs ~5-15
 * ms a MB. `pieces`, when given, are the text's own pieces in order (a serialised project's
 * runs): sent as they are, so the text is never copied into one string here, which cutting it
 * into parts does (~11 ms a MB of two-byte text in Chromium). Made here when it is short, or
 * where workers are unavailable or fail; the Blob is the same either way. Never rejects.
 */
export async function makeBlob(text: string, pieces?: readonly string[]): Promise<Blob> {
  const off = text.length >= WORKER_MIN_CHARS ? blobWorker() : null;
  if (!off) return blobHere(text);
  const key = (nextKey += 1);
  const made = new Promise<Blob>((resolve) => {
    waiting.set(key, (blob) => resolve(blob ?? blobHere(text)));
  });
  const parts = pieces
    ? pieces.flatMap((piece) => textParts(piece, PART_CHARS))
    : textParts(text, PART_CHARS);
  let sent = 0;
  for (const [index, part] of parts.entries()) {
    if (!waiting.has(key)) break;
    const last = index === parts.length - 1;
    off.postMessage({ key, part, last } satisfies BlobRequest);
    sent += part.length;
    // A turn for the page after each PART_CHARS sent (a project's runs are far shorter).
    if (!last && sent >= PART_CHARS) {
      sent = 0;
      await pauseForPage();
    }
  }
  return made;
}
