import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives: the Vite dev server while developing, the bundled
 * `index.html` on disk once packaged. Navigation guards and the IPC sender check both ask
 * "is this URL the app itself?" against this one value.
 */
export type AppLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; path: string };

/** The URL the window loads for a location. */
export function appEntryUrl(location: AppLocation): string {
  return location.kind === 'dev-server' ? location.url : pathToFileURL(location.path).href;
}

/**
 * True when `url` is the app's own page. Dev server: same origin (any path, so Vite's module
 * URLs and client-side routes pass). File: exactly the bundled `index.html`, ignoring query and
 * hash; every other file on disk is foreign, because file:// origins are opaque and would
 * otherwise let any local HTML file talk to the main process.
 */
export function isAppUrl(url: string | undefined | null, location: AppLocation): boolean {
  if (!url) return false;
  let candidate: URL;
  let own: URL;
  try {
    candidate = new URL(url);
    own = new URL(appEntryUrl(location));
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') {
    return (
      (candidate.protocol === 'http:' || candidate.protocol === 'https:') &&
      candidate.origin === own.origin
    );
  }
  return (
    candidate.protocol === 'file:' &&
    candidate.host === own.host &&
    decodeURIComponent(candidate.pathname) === decodeURIComponent(own.pathname)
  );
}
