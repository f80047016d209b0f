import { Gazetteer } from '../../core/places/gazetteer';
import type { GazetteerMessage } from './gazetteer-worker';

/**
 * Builds the gazetteer from batches of records that a Web Worker reads from the place data
 * (gazetteer-worker.ts), each batch added in the task of its own message. Rejects where workers
 * are unavailable or this one fails, so the caller can build it on this thread instead.
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
    const gazetteer = new Gazetteer();
    const fail = () => {
      worker.terminate();
      reject(new Error('the gazetteer worker failed'));
    };
    worker.onmessage = (event: MessageEvent<GazetteerMessage>) => {
      if ('records' in event.data) return gazetteer.add(event.data.records);
      worker.terminate();
      resolve(gazetteer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
    worker.postMessage('build');
  });
}
