import { useEffect, useMemo, useState } from 'react';
import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import type { SuggestReply, SuggestRequest } from '../workers/suggest-worker';

/**
 * Texts at least this long are read in a Web Worker; shorter ones (a news article is 5-20 KB and
 * takes a few ms) are read during the render, so their suggestions are there from the first
 * frame, up to this many characters in all per render: the sources after that (a project of 200
 * reports) are read in the worker too, in one request.
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
 * Decides, once per source, whether it is read here or in the worker: long texts in the worker,
 * short ones here until WORKER_TEXT_CHARS of them are read in this render, the rest in the
 * worker. Without a worker, everything is read here.
 */
function routeSources(sources: readonly Source[]): void {
  let budget = WORKER_TEXT_CHARS;
  const available = suggestWorker() !== null;
  for (const source of sources) {
    if (found.has(source) || toWorker.has(source)) continue;
    const { length } = source.text;
    const here = !available || (length < WORKER_TEXT_CHARS && length <= budget);
    toWorker.set(source, !here);
    if (here) budget -= length;
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
 * The suggestions of each source, found once per source value. Long sources, and short ones past
 * the first WORKER_TEXT_CHARS, are read in a Web Worker and show no suggestions until it answers
 * (then this re-renders); the others are read here. Where workers are unavailable, every source
 * is read here.
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
