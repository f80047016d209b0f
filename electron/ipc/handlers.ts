import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isAppUrl, type AppLocation } from '../window/app-location';
import { channels, type CorroborateApi } from './contract';

/**
 * The main-process side of every channel: same names and types as `CorroborateApi`, so adding a
 * channel to the contract makes this map incomplete until its handler exists. Arguments arrive
 * from the renderer and are untrusted: a handler that takes any must validate them.
 */
export type CorroborateHandlers = {
  [K in keyof CorroborateApi]: (
    ...args: Parameters<CorroborateApi[K]>
  ) => ReturnType<CorroborateApi[K]>;
};

/** The part of a sender frame the check reads. */
type SenderFrame = { url: string; parent: unknown } | null | undefined;

/**
 * Throws unless the message comes from the app's own page in a top-level frame. A frame that
 * navigated elsewhere, an iframe or a window with another origin gets an error, never data.
 */
export function assertTrustedSender(frame: SenderFrame, location: AppLocation): void {
  if (!frame) throw new Error('IPC refused: the sending frame is gone.');
  if (frame.parent) throw new Error('IPC refused: only the top-level frame may call the app.');
  if (!isAppUrl(frame.url, location)) {
    throw new Error(`IPC refused: ${frame.url || 'an unknown page'} is not the app.`);
  }
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each handler first checks the sender
 * frame, then delegates; errors travel back to the renderer's promise as a rejection.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: CorroborateHandlers,
  location: AppLocation,
): void {
  for (const name of Object.keys(channels) as (keyof CorroborateApi)[]) {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channels[name], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      assertTrustedSender(event.senderFrame, location);
      return handler(...args);
    });
  }
}
