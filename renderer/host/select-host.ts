import { createBrowserHost } from './browser-host';
import { createElectronHost, hasElectronBridge } from './electron-host';
import type { Host } from './host';

/** The Electron host when the preload exposed `window.api`, the browser host otherwise. */
export function selectHost(): Host {
  return hasElectronBridge() ? createElectronHost() : createBrowserHost();
}
