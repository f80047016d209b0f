import { useEffect, useMemo, useState } from 'react';
import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import type { SuggestReply, SuggestRequest } from '../workers/suggest-worker';

/**
 * Texts at least this long are read in a Web Worker; shorter ones (a news article is 5-20 KB and
 * takes a few ms) are read during the render, so their suggestions are there from the first frame.
 */
export const WORKER_TEXT_CHARS = 100_000;

/** Suggestions found so far, by source value (a source's text and metadata never change in place). */
const found = new WeakMap<Source, Suggestion[]>();
const asked = new WeakSet<Source>();
let worker: Worker | null | undefined;
const waiting = new Map<number, Source>();
let nextKey = 0;
/** Mounted views to re-render when a worker answer arrives. */
const listeners = new Set<() => void>();
const arrive = (source: Source, suggestions: Suggestion[]) => {
  found.set(source, suggestions);
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
    const source = waiting.get(event.data.key);
    if (!source) return;
    waiting.delete(event.data.key);
    arrive(source, event.data.suggestions);
  };
  worker.onerror = (event) => {
    // A worker that cannot run leaves every waiting source to this thread.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()];
    waiting.clear();
    for (const source of left) arrive(source, extractSuggestions(source));
  };
  return worker;
}

function needsWorker(source: Source): boolean {
  return source.text.length >= WORKER_TEXT_CHARS && suggestWorker() !== null;
}

/**
 * The suggestions of each source, found once per source value. Long sources are read in a Web
 * Worker and show no suggestions until it answers (then this re-renders); short ones are read
 * here. Where workers are unavailable, every source is read here.
 */
export function useSuggestions(sources: readonly Source[]): ReadonlyMap<string, Suggestion[]> {
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    const listener = () => setArrived((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  useEffect(() => {
    for (const source of sources) {
      if (found.has(source) || asked.has(source) || !needsWorker(source)) continue;
      asked.add(source);
      const key = (nextKey += 1);
      waiting.set(key, source);
      suggestWorker()?.postMessage({ key, source } satisfies SuggestRequest);
    }
  }, [sources]);
  return useMemo(() => {
    void arrived;
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
