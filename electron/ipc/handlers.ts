import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { formatIssuePath } from '../../core/io/json-text';
import { isAppUrl, type AppLocation } from '../window/app-location';
import { argumentSchemas } from './argument-schemas';
import { channels, type CorroborateApi } from '../../contract/ipc';

/**
 * The main-process side of every channel: same names and types as `CorroborateApi`, so adding a
 * channel to the contract makes this map incomplete until its handler exists. Arguments arrive
 * from the renderer and are untrusted: registerIpcHandlers parses them with the channel's schema
 * (argument-schemas.ts) before a handler runs.
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
 * The first problem with a call's arguments, for the rejection: "argument 1 (claims[0].id):
 * Invalid input: expected string, received undefined", or the count when it is wrong.
 */
export function describeArgumentIssue(error: z.ZodError, args: readonly unknown[]): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const [index, ...rest] = issue.path;
  if (typeof index !== 'number') {
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const expected = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      return `expected ${expected} argument${expected === 1 ? '' : 's'}, got ${args.length}`;
    }
    return issue.message;
  }
  const where = rest.length > 0 ? ` (${formatIssuePath(rest)})` : '';
  return `argument ${index + 1}${where}: ${issue.message}`;
}

/**
 * Parses a call's arguments with the channel's schema. Throws a readable error naming the
 * channel and the first problem; the parsed arguments (unknown project keys stripped, as saving
 * would) are what the handler gets.
 */
export function checkedArguments(name: keyof CorroborateApi, args: unknown[]): unknown[] {
  const parsed = argumentSchemas[name].safeParse(args);
  if (!parsed.success) {
    throw new Error(
      `IPC refused: invalid arguments for ${channels[name]} (${name}): ${describeArgumentIssue(parsed.error, args)}.`,
    );
  }
  return parsed.data;
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each handler first checks the sender
 * frame, then the arguments against the channel's schema, then delegates; any refusal rejects
 * the renderer's promise and the service is never called.
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
      return handler(...checkedArguments(name, args));
    });
  }
}
