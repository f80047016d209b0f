import type { CorroborateBridge } from '../../contract/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web build. */
    readonly api?: CorroborateBridge;
  }
}

export {};
