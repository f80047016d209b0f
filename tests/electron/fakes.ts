// Fakes of the few Electron objects the shell's modules touch. They record what was registered
// so tests can call the handlers the way Electron would.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';

type Listener = (...args: unknown[]) => unknown;

/** An Electron-style event: `preventDefault()` sets `defaultPrevented`. */
export function fakeEvent<T extends object>(fields: T = {} as T) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A fake PDF: the magic bytes, then bytes that are not UTF-8, so a text write would garble it. */
export const FAKE_PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0xfe, 0x0a]);

export class FakeWebContents {
  /** What every fake `printToPDF` answers; tests replace it to fail or hang, then restore it. */
  static print: (options: unknown) => Promise<Buffer> = () => Promise.resolve(FAKE_PDF);
  listeners = new Map<string, Listener[]>();
  printOptions: unknown[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.printOptions.push(options);
    return FakeWebContents.print(options);
  }
  /** Emits like Electron: every listener gets the same event object. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  /** What every fake `loadFile` does after recording the path; tests replace it. */
  static load: (path: string) => Promise<void> = () => Promise.resolve();
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  loadedFile: string | null = null;
  onceListeners = new Map<string, Listener>();
  destroyed = false;

  constructor(public options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: Listener): this {
    this.onceListeners.set(event, listener);
    return this;
  }
  show(): void {}
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    return FakeBrowserWindow.load(path);
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** The constructor typed as Electron's, for the factory's parameter. */
export const FakeBrowserWindowClass = FakeBrowserWindow as unknown as new (
  options: BrowserWindowConstructorOptions,
) => BrowserWindow;

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
type CheckHandler = (
  webContents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  beforeRequestListener: BeforeRequestListener | null = null;
  webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersListener = listener;
    },
    onBeforeRequest: (listener: BeforeRequestListener | null) => {
      this.beforeRequestListener = listener;
    },
  };
  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler | null): void {
    this.checkHandler = handler;
  }
  /** The fake as the factory's parameter type. */
  asSession(): Session {
    return this as unknown as Session;
  }
}
