import { defaultGazetteer } from '../../core/places/load';
import { packGazetteer, type PackedPlaces } from '../../core/places/packed-gazetteer';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: () => void): void;
  postMessage(message: PackedPlaces, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Reads the place data (about 10 MB of script) and builds the gazetteer off the page's thread,
 * then hands the page its packed form in one message, the integer arrays transferred: compiling
 * and evaluating the data in the page was one task of ~200 ms and another of ~170 ms, and adding
 * its 150,000 places there ~150 tasks more with their garbage, in the first seconds after
 * opening, when the analyst may already be tagging.
 */
scope.addEventListener('message', () => {
  const packed = packGazetteer(defaultGazetteer());
  scope.postMessage(packed, [
    packed.placeStarts.buffer,
    packed.keyStarts.buffer,
    packed.keyPlaceStarts.buffer,
    packed.keyPlaces.buffer,
  ]);
});
