import { beforeEach, describe, expect, it } from 'vitest';
import type { AppLocation } from '../../electron/window/app-location';
import { createMainWindow } from '../../electron/window/create-main-window';
import { contentSecurityPolicy } from '../../electron/window/security';
import { FakeBrowserWindow, FakeBrowserWindowClass, FakeSession, fakeEvent } from './fakes';

const packaged: AppLocation = {
  kind: 'file',
  path: '/opt/Corroborate/resources/app.asar/.vite/renderer/main_window/index.html',
};
const dev: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173' };

function open(location: AppLocation, isDevelopment: boolean) {
  const session = new FakeSession();
  const window = createMainWindow({
    BrowserWindow: FakeBrowserWindowClass,
    session: session.asSession(),
    preloadPath: '/app/.vite/build/preload.js',
    location,
    isDevelopment,
  }) as unknown as FakeBrowserWindow;
  return { window, session, contents: window.webContents };
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('createMainWindow: webPreferences', () => {
  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['preload', '/app/.vite/build/preload.js'],
  ] as const)('%s is %s in every mode', (key, expected) => {
    for (const [location, isDevelopment] of [
      [packaged, false],
      [dev, true],
    ] as const) {
      const { window } = open(location, isDevelopment);
      expect(window.options.webPreferences?.[key]).toBe(expected);
    }
  });

  it('does not enable any Blink feature and disables auxclick', () => {
    const { window } = open(packaged, false);
    expect(window.options.webPreferences?.enableBlinkFeatures).toBeUndefined();
    expect(window.options.webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });

  it.each([
    ['production (packaged)', packaged, false, false],
    ['development (npm start)', dev, true, true],
  ] as const)('DevTools in %s: %s', (_name, location, isDevelopment, devTools) => {
    expect(open(location, isDevelopment).window.options.webPreferences?.devTools).toBe(devTools);
  });

  it('uses the hardened session it was given', () => {
    const { window, session } = open(packaged, false);
    expect(window.options.webPreferences?.session).toBe(session);
  });

  it('loads the bundled index.html when packaged and the dev server URL in development', () => {
    expect(open(packaged, false).window.loadedFile).toBe(packaged.path);
    expect(open(dev, true).window.loadedUrl).toBe('http://localhost:5173');
  });
});

describe('createMainWindow: navigation stays on the app', () => {
  it.each([
    [
      'packaged',
      'file:///opt/Corroborate/resources/app.asar/.vite/renderer/main_window/index.html',
      true,
    ],
    [
      'packaged',
      'file:///opt/Corroborate/resources/app.asar/.vite/renderer/main_window/index.html#/p/1',
      true,
    ],
    ['packaged', 'file:///etc/passwd', false],
    ['packaged', 'file:///home/user/Downloads/evil.html', false],
    ['packaged', 'https://example.com/', false],
    ['packaged', 'http://localhost:5173/', false],
    ['dev', 'http://localhost:5173/', true],
    ['dev', 'http://localhost:5173/renderer/main.tsx', true],
    ['dev', 'http://localhost:5174/', false],
    ['dev', 'http://127.0.0.1:5173/', false],
    ['dev', 'https://example.com/', false],
    ['dev', 'file:///etc/passwd', false],
    ['dev', 'javascript:alert(1)', false],
    ['dev', 'not a url', false],
  ] as const)('%s app: navigating to %s is allowed: %s', (mode, url, allowed) => {
    const { contents } = open(mode === 'dev' ? dev : packaged, mode === 'dev');
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent({ url });
      contents.emit(name, event);
      expect(event.defaultPrevented, name).toBe(!allowed);
    }
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'about:blank'])(
    'window.open(%s) is denied',
    (url) => {
      const { contents } = open(packaged, false);
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );

  it('refuses to attach a <webview>', () => {
    const { contents } = open(packaged, false);
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('createMainWindow: permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies the %s permission request and check', (permission) => {
    const { session } = open(packaged, false);
    let granted: boolean | null = null;
    session.requestHandler?.({}, permission, (answer) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(session.checkHandler?.({}, permission, 'file://', {})).toBe(false);
  });
});

describe('createMainWindow: Content-Security-Policy header', () => {
  function headersFor(location: AppLocation, responseHeaders?: Record<string, string[]>) {
    const { session } = open(location, location === dev);
    let result: Record<string, string[]> | undefined;
    session.headersListener?.({ url: 'http://localhost:5173/', responseHeaders }, (response) => {
      result = response.responseHeaders;
    });
    return result;
  }

  it('adds the policy to every response and keeps the other headers', () => {
    const headers = headersFor(packaged, { 'Content-Type': ['text/html'] });
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    expect(headers?.['Content-Security-Policy']).toEqual([contentSecurityPolicy(packaged)]);
  });

  it('replaces a weaker policy sent by the server, whatever its header case', () => {
    const headers = headersFor(dev, { 'content-security-policy': ['default-src *'] });
    expect(Object.keys(headers ?? {})).toEqual(['Content-Security-Policy']);
  });

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('production: %s %s', (directive, sources) => {
    const policy = contentSecurityPolicy(packaged).split('; ');
    expect(policy).toContain(`${directive} ${sources}`);
  });

  it('production allows no inline code, eval or remote origin', () => {
    const policy = contentSecurityPolicy(packaged);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:|\*/);
  });

  it('development adds only what the Vite dev server needs', () => {
    const policy = contentSecurityPolicy(dev).split('; ');
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy.join('; ')).not.toMatch(/unsafe-eval/);
  });
});
