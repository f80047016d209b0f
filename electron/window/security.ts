import type { Session, WebContents } from 'electron';
import { isAppUrl, type AppLocation } from './app-location';

/**
 * The Content-Security-Policy of the app's page, as directive -> sources.
 *
 * Production is strict: only the app's own scripts, styles and connections; images may also be
 * `data:` (icons inlined by Vite). No `'unsafe-inline'` anywhere:
 * - React `style={{...}}` props are applied through the CSSOM (`element.style.x = ...`), which
 *   CSP does not govern, so they need nothing.
 * - What CSP does block is a `style="..."` attribute set through HTML or `setAttribute`, e.g. a
 *   ProseMirror decoration `{ style: '...' }` or a `toDOM` spec with a style attribute. The
 *   renderer marks highlights with classes instead, which also keeps colours in one stylesheet.
 *   If that ever has to change, add `style-src-attr 'unsafe-inline'` here (and in the meta tag),
 *   not `'unsafe-inline'` in `style-src`.
 *
 * Development adds what the Vite dev server needs and nothing in production has: the React
 * Refresh preamble is an inline module script, CSS arrives as injected `<style>` elements and
 * hot reload talks over a WebSocket to the dev server.
 *
 * A page loaded from file:// gets no response headers, so in the packaged app the `<meta>` CSP in
 * index.html is what applies; this header covers every http(s) response (the dev server) and is
 * the second layer. Keep the two the same.
 */
export function contentSecurityPolicy(location: AppLocation): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  if (location.kind === 'dev-server') {
    const origin = new URL(location.url);
    const ws = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
    directives['script-src']!.push("'unsafe-inline'");
    directives['style-src']!.push("'unsafe-inline'");
    directives['connect-src']!.push(ws);
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The part of a Session this module touches, so tests can pass a small fake. */
export type SecurableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };

/**
 * Hardens a session: every response carries the CSP header, every permission request (camera,
 * notifications, clipboard read, openExternal, ...) is denied and every permission check answers
 * no. The app needs none of them. Idempotent: each call replaces the previous handlers.
 */
export function secureSession(session: SecurableSession, location: AppLocation): void {
  const policy = contentSecurityPolicy(location);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** The part of WebContents this module touches. */
export type GuardableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a window on the app's own page: navigation and redirects to any other URL are
 * cancelled, `window.open` and `target=_blank` never create a window, and `<webview>` cannot be
 * attached (the tag is off in webPreferences too; this is the second lock).
 */
export function guardWebContents(contents: GuardableWebContents, location: AppLocation): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
