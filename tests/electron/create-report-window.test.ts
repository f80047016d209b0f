import { beforeEach, describe, expect, it } from 'vitest';
import { createReportWindow } from '../../electron/window/create-report-window';
import { FakeBrowserWindow, FakeBrowserWindowClass, FakeSession, fakeEvent } from './fakes';

const REPORT_FILE = '/tmp/corroborate-report-abc/report.html';

function open(session = new FakeSession(), reportFile = REPORT_FILE) {
  const window = createReportWindow({
    BrowserWindow: FakeBrowserWindowClass,
    session: session.asSession(),
    reportFile,
  }) as unknown as FakeBrowserWindow;
  return { window, session, contents: window.webContents };
}

/** Whether the session cancels a request for `url`. */
function cancels(session: FakeSession, url: string): boolean | undefined {
  let answer: { cancel?: boolean } | null = null;
  session.beforeRequestListener?.({ url }, (response) => (answer = response));
  return (answer as { cancel?: boolean } | null)?.cancel;
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('createReportWindow: webPreferences', () => {
  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['javascript', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
    ['spellcheck', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('%s is %s', (key, expected) => {
    expect(open().window.options.webPreferences?.[key]).toBe(expected);
  });

  it.each(['preload', 'enableBlinkFeatures', 'partition', 'additionalArguments'] as const)(
    'sets no %s (the report page gets no bridge and nothing extra)',
    (key) => {
      expect(open().window.options.webPreferences).not.toHaveProperty(key);
    },
  );

  it('is hidden and uses the report session it was given', () => {
    const { window, session } = open();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences?.session).toBe(session);
  });

  it('creates one window and loads nothing itself (the printer loads the report)', () => {
    const { window } = open();
    expect(FakeBrowserWindow.created).toEqual([window]);
    expect(window.loadedFile).toBeNull();
    expect(window.loadedUrl).toBeNull();
  });
});

describe('createReportWindow: the page can go nowhere', () => {
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///tmp/corroborate-report-x/report.html',
    'data:text/html,<p>other</p>',
    'javascript:alert(1)',
    'about:blank',
  ])('navigating or redirecting to %s is cancelled', (url) => {
    const { contents } = open();
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent({ url });
      contents.emit(name, event);
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'about:blank'])(
    'window.open(%s) is denied',
    (url) => {
      expect(open().contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );

  it('refuses to attach a <webview>', () => {
    const { contents } = open();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('createReportWindow: the report session', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies the %s permission request and check',
    (permission) => {
      const { session } = open();
      let granted: boolean | null = null;
      session.requestHandler?.({}, permission, (answer) => (granted = answer), {});
      expect(granted).toBe(false);
      expect(session.checkHandler?.({}, permission, 'file://', {})).toBe(false);
    },
  );

  it.each([
    ['file:///tmp/corroborate-report-abc/report.html', false],
    ['file:///tmp/corroborate-report-abc/report.html?print#top', false],
    ['file:///tmp/corroborate-report-abc/./report.html', false],
    ['file:///tmp/corroborate-report-abc/other.html', true],
    ['file:///tmp/corroborate-report-abc/', true],
    ['file:///tmp/corroborate-report-abc/report.html/../../../etc/passwd', true],
    ['file:///etc/passwd', true],
    ['file:///home/ana/.ssh/id_rsa', true],
    ['file://otherhost/tmp/corroborate-report-abc/report.html', true],
    ['data:image/png;base64,iVBORw0KGgo=', false],
    ['DATA:image/svg+xml,<svg/>', false],
    ['https://example.com/pixel.png', true],
    ['http://127.0.0.1:8080/', true],
    ['wss://example.com/socket', true],
    ['blob:file:///1234', true],
    ['chrome-extension://abc/x.js', true],
    ['ftp://example.com/x', true],
  ])('a request for %s is cancelled: %s', (url, cancelled) => {
    expect(cancels(open().session, url)).toBe(cancelled);
  });

  it('two report windows of one session each load their own file, until they close', () => {
    const session = new FakeSession();
    const first = open(session, '/tmp/corroborate-report-1/report.html');
    const second = open(session, '/tmp/corroborate-report-2/report.html');
    expect(cancels(session, 'file:///tmp/corroborate-report-1/report.html')).toBe(false);
    expect(cancels(session, 'file:///tmp/corroborate-report-2/report.html')).toBe(false);
    first.window.onceListeners.get('closed')?.();
    expect(cancels(session, 'file:///tmp/corroborate-report-1/report.html')).toBe(true);
    expect(cancels(session, 'file:///tmp/corroborate-report-2/report.html')).toBe(false);
    second.window.onceListeners.get('closed')?.();
    expect(cancels(session, 'file:///tmp/corroborate-report-2/report.html')).toBe(true);
  });

  it('does not add the app CSP header listener (the report brings its own CSP)', () => {
    expect(open().session.headersListener).toBeNull();
  });
});
