import type { Gazetteer } from '../../core/places/gazetteer';
import { isPackedPlaces, PackedGazetteer } from '../../core/places/packed-gazetteer';

/**
 * The gazetteer a Web Worker builds from the place data (gazetteer-worker.ts), received packed in
 * one message. Rejects where workers are unavailable, or when the worker fails or answers with
 * anything else, so the caller can build it on this thread instead.
 */
export function gazetteerFromWorker(): Promise<Gazetteer> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') return reject(new Error('Web Workers are unavailable'));
    let worker: Worker;
    try {
      worker = new Worker(new URL('./gazetteer-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    const fail = () => {
      worker.terminate();
      reject(new Error('the gazetteer worker failed'));
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isPackedPlaces(event.data)) return fail();
      worker.terminate();
      resolve(new PackedGazetteer(event.data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
    worker.postMessage('build');
  });
}
