import type { PlaceRecord } from '../../core/places/gazetteer';
import { placeRecordBatches } from '../../core/places/load';

/** What the worker posts: one batch of place records at a time, then that it is done. */
export type GazetteerMessage = { records: PlaceRecord[] } | { done: true };

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: () => void): void;
  postMessage(message: GazetteerMessage): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Reads the place data (about 10 MB of script) off the page's thread: compiling and evaluating
 * it in the page was one task of ~200 ms and another of ~170 ms in the first seconds after
 * opening, when the analyst may already be tagging. The page adds each batch to its gazetteer as
 * it arrives, one short task each (renderer/workers/gazetteer-client.ts).
 */
scope.addEventListener('message', () => {
  for (const records of placeRecordBatches()) scope.postMessage({ records });
  scope.postMessage({ done: true });
});
