import { pathToFileURL } from 'node:url';
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

/** The part of a Session the permission lock touches. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

/** The part of a Session this module touches, so tests can pass a small fake. */
export type SecurableSession = PermissionSession & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * Denies every permission request (camera, notifications, clipboard read, openExternal, ...)
 * and answers no to every permission check. No window of the app needs any of them.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

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
  denyAllPermissions(session);
}

/** The part of WebContents this module touches. */
export type GuardableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a window where it is: navigation and redirects are cancelled unless `mayNavigateTo`
 * allows the URL, `window.open` and `target=_blank` never create a window, and `<webview>`
 * cannot be attached (the tag is off in webPreferences too; this is the second lock). Loads the
 * main process starts itself (`loadURL`, `loadFile`) do not pass through these events.
 */
export function lockWebContents(
  contents: GuardableWebContents,
  mayNavigateTo: (url: string) => boolean,
): void {
  contents.on('will-navigate', (event) => {
    if (!mayNavigateTo(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigateTo(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Keeps the main window on the app's own page (see `lockWebContents`). */
export function guardWebContents(contents: GuardableWebContents, location: AppLocation): void {
  lockWebContents(contents, (url) => isAppUrl(url, location));
}

/** The part of a Session the report window's hardening touches. */
export type ReportSession = PermissionSession & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/**
 * The report files each report session may load right now: a report window is allowed its own
 * temporary file while it exists, and nothing else on disk. Keyed by session, so two exports
 * at once each allow their own file.
 */
const allowedReportFiles = new WeakMap<object, Set<string>>();

/** `file:` URL of a path, query and hash dropped, in the form `URL` normalises to. */
function fileHref(url: URL): string {
  const bare = new URL(url.href);
  bare.search = '';
  bare.hash = '';
  return bare.href;
}

/**
 * True for a URL a report window may request: one of the report files it was given (`file:`,
 * compared after URL normalisation, query and hash ignored) and images inlined in it (data:).
 * Everything else is cancelled: http(s) and ws(s), so a report can never reach the network even
 * if its own CSP were missing, and every other file on disk, so a report can never read one.
 */
export function reportMayLoad(url: string, reportFiles: ReadonlySet<string>): boolean {
  if (/^data:/i.test(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'file:' && reportFiles.has(fileHref(parsed));
}

/**
 * Lets report windows of `session` load `reportFile` until the returned function is called
 * (create-report-window.ts calls it when the window closes).
 */
export function allowReportFile(session: object, reportFile: string): () => void {
  const files = allowedReportFiles.get(session) ?? new Set<string>();
  allowedReportFiles.set(session, files);
  const href = fileHref(pathToFileURL(reportFile));
  files.add(href);
  return () => files.delete(href);
}

/**
 * Hardens the session that only report windows use: every permission is denied and every
 * request that is not an allowed report file (allowReportFile) or inline data is cancelled.
 * Idempotent.
 */
export function secureReportSession(session: ReportSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const files = allowedReportFiles.get(session) ?? new Set<string>();
    callback({ cancel: !reportMayLoad(details.url, files) });
  });
  denyAllPermissions(session);
}
