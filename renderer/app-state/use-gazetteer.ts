/**
 * The place gazetteer in the renderer. Its data is about 10 MB, so it is never in the first
 * chunk: it is fetched after the first paint and built in slices between frames, and the groups
 * are derived again once it is ready. Until then events match by their names and dates only.
 * Exports wait for it, so an exported file groups exactly as the CLI does.
 */
import { useEffect, useState } from 'react';
import type { Gazetteer } from '../../core/places/gazetteer';
import { pauseForPage } from '../host/pause';

let loading: Promise<Gazetteer> | null = null;

/** The shared gazetteer, loaded and built once per page; rejects if its chunk fails to load. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('../../core/places/load').then(({ buildGazetteerInSlices }) =>
    buildGazetteerInSlices(pauseForPage),
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

/** The gazetteer once it is ready (undefined before), loading it after the first paint. */
export function useGazetteer(): Gazetteer | undefined {
  const [gazetteer, setGazetteer] = useState<Gazetteer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // After the first paint: the workspace opens first, places refine its groups after.
    const timer = setTimeout(() => {
      void gazetteerOrNone().then((loaded) => {
        if (live && loaded) setGazetteer(loaded);
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return gazetteer;
}
