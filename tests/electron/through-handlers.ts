// Calls services the way the renderer does: through registerIpcHandlers (the sender check and
// the argument schemas) with a fake ipcMain and an event from the app's own page, so tests of
// the services also cover the one place arguments are checked.
import type { IpcMainInvokeEvent } from 'electron';
import { channels, type CorroborateApi } from '../../contract/ipc';
import { registerIpcHandlers, type CorroborateHandlers } from '../../electron/ipc/handlers';
import type { AppLocation } from '../../electron/window/app-location';

const APP: AppLocation = { kind: 'file', path: '/opt/Corroborate/renderer/index.html' };
const FROM_APP = {
  senderFrame: { url: 'file:///opt/Corroborate/renderer/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** The renderer's view of `handlers`: every channel invoked through the registered handler. */
export function throughHandlers(handlers: CorroborateHandlers): CorroborateApi {
  const registered = new Map<string, Handler>();
  registerIpcHandlers(
    { handle: (channel: string, handler: Handler) => void registered.set(channel, handler) },
    handlers,
    APP,
  );
  return Object.fromEntries(
    (Object.keys(channels) as (keyof CorroborateApi)[]).map((name) => [
      name,
      (...args: unknown[]) =>
        Promise.resolve().then(() => registered.get(channels[name])!(FROM_APP, ...args)),
    ]),
  ) as unknown as CorroborateApi;
}
