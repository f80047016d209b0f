import { useEffect, useMemo, useState } from 'react';
import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import type { SuggestReply, SuggestRequest } from '../workers/suggest-worker';

/**
 * Texts at least this long go to the worker one per request, so a long source does not hold up
 * the suggestions of the short ones sent with it.
 */
export const WORKER_TEXT_CHARS = 100_000;

/** Suggestions found so far, by source value (a source's text and metadata never change in place). */
const found = new WeakMap<Source, Suggestion[]>();
const asked = new WeakSet<Source>();
/** Where each source is read, decided once per source value (see routeSources). */
const toWorker = new WeakMap<Source, boolean>();
let worker: Worker | null | undefined;
const waiting = new Map<number, Source[]>();
let nextKey = 0;
/** Mounted views to re-render when a worker answer arrives. */
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** The shared suggestion worker; null where workers are unavailable (tests, old browsers). */
function suggestWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('../workers/suggest-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return null;
  worker.onmessage = (event: MessageEvent<SuggestReply>) => {
    const sources = waiting.get(event.data.key);
    if (!sources) return;
    waiting.delete(event.data.key);
    sources.forEach((source, index) => found.set(source, event.data.suggestions[index] ?? []));
    notify();
  };
  worker.onerror = (event) => {
    // A worker that cannot run leaves every waiting source to this thread.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()].flat();
    waiting.clear();
    for (const source of left) found.set(source, extractSuggestions(source));
    notify();
  };
  return worker;
}

/**
 * Decides, once per source, where it is read: in the worker whenever there is one, even a short
 * article (the first extraction on a page costs ~100 ms of start-up that would otherwise delay
 * the first paint of a project just opened, and every later one a frame or more); here only
 * where workers are unavailable.
 */
function routeSources(sources: readonly Source[]): void {
  const available = suggestWorker() !== null;
  for (const source of sources) {
    if (found.has(source) || toWorker.has(source)) continue;
    toWorker.set(source, available);
  }
}

function needsWorker(source: Source): boolean {
  return toWorker.get(source) === true && suggestWorker() !== null;
}

/** Sends the sources still to be read in the worker: each long one alone, the short together. */
function askWorker(sources: readonly Source[]): void {
  const fresh = sources.filter(
    (source) => !found.has(source) && !asked.has(source) && needsWorker(source),
  );
  const long = fresh.filter((source) => source.text.length >= WORKER_TEXT_CHARS);
  const short = fresh.filter((source) => source.text.length < WORKER_TEXT_CHARS);
  for (const batch of [...long.map((source) => [source]), ...(short.length ? [short] : [])]) {
    for (const source of batch) asked.add(source);
    const key = (nextKey += 1);
    waiting.set(key, batch);
    suggestWorker()?.postMessage({ key, sources: batch } satisfies SuggestRequest);
  }
}

/**
 * The suggestions of each source, found once per source value, in a Web Worker: a source shows
 * no suggestions until the worker answers (then this re-renders). Where workers are unavailable,
 * every source is read here, during the render.
 */
export function useSuggestions(sources: readonly Source[]): ReadonlyMap<string, Suggestion[]> {
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    const listener = () => setArrived((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  useEffect(() => {
    routeSources(sources);
    askWorker(sources);
  }, [sources]);
  return useMemo(() => {
    void arrived;
    routeSources(sources);
    return new Map(
      sources.map((source) => {
        let list = found.get(source);
        if (!list && !needsWorker(source)) {
          list = extractSuggestions(source);
          found.set(source, list);
        }
        return [source.id, list ?? []];
      }),
    );
  }, [sources, arrived]);
}
