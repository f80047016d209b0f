/**
 * The place gazetteer in the renderer. Its data is about 10 MB, so it is never in the first
 * chunk: after the first paint a Web Worker builds it and hands the page its packed form (where
 * there is no worker, it is built here in slices between frames), and the groups are derived
 * again once it is ready. Until then events match by their names and dates only.
 * Exports wait for it, so an exported file groups exactly as the CLI does.
 */
import { useEffect, useState } from 'react';
import type { Gazetteer } from '../../core/places/gazetteer';
import { pauseForPage } from '../host/pause';
import { gazetteerFromWorker } from '../workers/gazetteer-client';

let loading: Promise<Gazetteer> | null = null;

/** The shared gazetteer, loaded and built once per page; rejects if its chunk fails to load. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= gazetteerFromWorker().catch(() =>
    import('../../core/places/load').then(({ buildGazetteerInSlices }) =>
      buildGazetteerInSlices(pauseForPage),
    ),
  );
  return loading;
}

/** Resolves with the gazetteer, or with undefined when it cannot be loaded (groups still work). */
export async function gazetteerOrNone(): Promise<Gazetteer | undefined> {
  try {
    return await loadGazetteer();
  } catch {
    return undefined;
  }
}

/**
 * The gazetteer once it is ready (undefined before). Loading starts once `start` is true (the
 * project is open) and a frame has painted: building it (in the worker, or ~300 ms of slices
 * here) made a large project open ~150 ms later when it ran while the text was still being read.
 */
export function useGazetteer(start = true): Gazetteer | undefined {
  const [gazetteer, setGazetteer] = useState<Gazetteer | undefined>(undefined);
  useEffect(() => {
    if (!start) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the project's first paint: the workspace opens first, places refine its groups after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void gazetteerOrNone().then((loaded) => {
          if (live && loaded) setGazetteer(loaded);
        });
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [start]);
  return gazetteer;
}
