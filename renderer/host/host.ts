import type { CorpusListing } from '../../electron/ipc/contract';

/**
 * What the UI needs from the outside world. The Electron host forwards to the preload's
 * `window.api`; the browser host (web build) serves the bundled corpus and keeps projects in
 * IndexedDB. The UI never knows which one it has.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  loadCorpus(): Promise<CorpusListing>;
}
