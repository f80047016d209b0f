import type { ImportFileInput } from '../../core/import/import-file';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import { CHANNEL, isOurs, type ImportReply, type ImportRequest } from './import-protocol';

/** Workers importing right now, so a Cancel button can stop them all. */
const running = new Set<() => void>();

/**
 * Longest an import may run before its worker is stopped: a safety net behind the size and
 * depth caps (core/io/import-limits.ts), which are what bound the work.
 */
export const IMPORT_TIME_LIMIT_MS = 120_000;

/** Starts the import worker (Vite bundles it as its own same-origin module script). */
function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started before its file was chosen (prepareImportWorker), and whether it failed. */
let spare: { worker: Worker; failed: boolean } | null = null;

/**
 * Starts the next import's worker while the analyst is still choosing the file: loading and
 * compiling the importers (about 2 MB of script) was most of the 0.6-1 s before even a hostile
 * file could be refused. At most one waits; an import takes it, or starts its own.
 */
export function prepareImportWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    const entry = { worker: startWorker(), failed: false };
    // A worker that cannot load says so once, perhaps before any import listens.
    entry.worker.addEventListener('error', () => (entry.failed = true));
    spare = entry;
  } catch {
    // The import will start its own worker (or read the file on this thread).
  }
}

/** The prepared worker when there is a sound one, else a new one. */
function takeWorker(): Worker {
  const prepared = spare;
  spare = null;
  if (prepared && !prepared.failed) return prepared.worker;
  prepared?.worker.terminate();
  return startWorker();
}

/**
 * Imports a picked file in a Web Worker, so parsing a large or hostile file never blocks the UI
 * (clicks, typing, the progress bar keep answering). Progress arrives as the worker reports it;
 * `cancelImports` terminates the worker, which stops even a parse that never yields, and the
 * import resolves to a "cancelled" error with nothing changed; past `timeLimitMs` it is stopped
 * the same way, with the limit named. Without Worker support (tests in
 * jsdom, very old browsers) or when the worker cannot start, the same importers run on this
 * thread. Never rejects.
 */
export function importInWorker(
  input: Omit<ImportFileInput, 'readPdf'>,
  timeLimitMs: number = IMPORT_TIME_LIMIT_MS,
): Promise<Result<Source>> {
  if (typeof Worker === 'undefined') return importHere(input);
  const { onProgress, ...request } = input;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch {
      resolve(importHere(input));
      return;
    }
    /** Whether the worker has spoken: before that, an error means it could not start. */
    let started = false;
    let settled = false;
    const finish = (result: Result<Source> | Promise<Result<Source>>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(cancel);
      worker.terminate();
      resolve(result);
    };
    const cancel = () => finish({ ok: false, error: `The import of ${input.name} was cancelled.` });
    running.add(cancel);
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          error: `${input.name} was still being read after ${timeLimitMs / 1000} s, the time limit, so the import was stopped. Import only the article (for example, print it to PDF).`,
        }),
      timeLimitMs,
    );
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isOurs(event.data)) return;
      started = true;
      const reply = event.data as ImportReply;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else finish(reply.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that never started (a page loaded from file:// may not run module workers)
      // leaves the same import to this thread rather than failing it.
      if (!started) return finish(importHere(input));
      finish({
        ok: false,
        error: `${input.name} could not be imported: the import worker failed (${event.message || 'no reason given'}).`,
      });
    };
    // The bytes are copied into the worker (not transferred): the caller may still need them.
    worker.postMessage({ channel: CHANNEL, input: request } satisfies ImportRequest);
  });
}

/** Stops every import under way; each resolves to a "cancelled" error. */
export function cancelImports(): void {
  for (const cancel of [...running]) cancel();
}

async function importHere(input: Omit<ImportFileInput, 'readPdf'>): Promise<Result<Source>> {
  const { importSourceFileInBrowser } = await import('../import/pdf-browser');
  return importSourceFileInBrowser(input);
}
