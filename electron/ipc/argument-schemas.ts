/**
 * One zod schema per IPC channel, for the arguments the renderer sends. handlers.ts parses every
 * call with its channel's schema right after the sender check and before the service runs, so a
 * service only ever sees arguments of the right count, types and sizes.
 *
 * Each schema is a tuple: the whole argument list, so a missing or an extra argument is refused
 * like a wrong type. The map is tied to the contract twice over:
 * - `satisfies ArgumentSchemaMap`: an entry for every channel of `CorroborateApi`, nothing more,
 *   and each schema's output must be assignable to the method's `Parameters` (a tuple of the
 *   wrong length or element type does not compile);
 * - `_exact` below: the reverse direction too, so a schema can never be narrower in type than
 *   the method (say, a tuple that forgets an argument the method was later given).
 * Size caps (what a type cannot say) come from limits.ts, shared with the services.
 *
 * This is the only place arguments are checked: the services (services/*.ts) trust what they
 * get and only do what a schema cannot, such as stripping folders from a suggested file name
 * (services/file-names.ts). A project argument is parsed with the same `projectSchema` that
 * loading a project file uses, so what passes here is a project the store can save.
 */
import { z } from 'zod';
import { projectSchema } from '../../core/io/project-file';
import type { CorroborateApi } from '../../contract/ipc';
import {
  MAX_ACCEPT_CHARS,
  MAX_ACCEPT_ENTRIES,
  MAX_FILE_BYTES,
  MAX_HISTORY_CHARS,
  MAX_MIME_CHARS,
  MAX_NAME_CHARS,
  MAX_REPORT_BYTES,
} from './limits';

/** What every entry must be: a schema whose parsed value is the method's argument list. */
export type ArgumentSchemaMap = {
  [K in keyof CorroborateApi]: z.ZodType<Parameters<CorroborateApi[K]>>;
};

/**
 * Text of at most `maxBytes` bytes of UTF-8. UTF-8 never takes fewer bytes than UTF-16 code
 * units, so the cheap length check runs first and a huge string is never encoded.
 */
function utf8Text(maxBytes: number, what: string) {
  const message = `${what} is larger than ${maxBytes / (1024 * 1024)} MB`;
  return z
    .string()
    .max(maxBytes, message)
    .refine((text) => Buffer.byteLength(text, 'utf8') <= maxBytes, message);
}

/** A name a dialog may suggest: services/file-names.ts strips folders and unsafe characters. */
const suggestedName = z
  .string()
  .min(1, `the suggested file name must be 1 to ${MAX_NAME_CHARS} characters`)
  .max(MAX_NAME_CHARS, `the suggested file name must be 1 to ${MAX_NAME_CHARS} characters`);

/** An open dialog's accept list: ".json" style extensions or MIME types, short strings only. */
const acceptList = z
  .array(z.string().max(MAX_ACCEPT_CHARS, `an accept entry is over ${MAX_ACCEPT_CHARS} characters`))
  .max(MAX_ACCEPT_ENTRIES, `the accept list has more than ${MAX_ACCEPT_ENTRIES} entries`)
  .readonly();

const noArguments = z.tuple([]);

export const argumentSchemas = {
  listCorpus: noArguments,
  loadProject: noArguments,
  saveProject: z.tuple([projectSchema]),
  newProject: noArguments,
  openProject: noArguments,
  saveProjectAs: z.tuple([projectSchema]),
  loadUndoHistory: noArguments,
  saveUndoHistory: z.tuple([
    z.string().max(MAX_HISTORY_CHARS, 'the undo history is too large to store'),
  ]),
  saveFile: z.tuple([
    suggestedName,
    utf8Text(MAX_FILE_BYTES, 'the file'),
    z.string().max(MAX_MIME_CHARS, `the MIME type is over ${MAX_MIME_CHARS} characters`),
  ]),
  openFile: z.tuple([acceptList]),
  openBinaryFile: z.tuple([acceptList]),
  exportReportPdf: z.tuple([
    utf8Text(MAX_REPORT_BYTES, 'the report').min(1, 'the report must be non-empty HTML text'),
    suggestedName,
  ]),
} satisfies ArgumentSchemaMap;

// The reverse direction: every argument list the method's type allows is also what the schema
// produces, so the schema is exactly as wide (in type) as the contract. A channel whose schema
// drifts fails to compile here, the error listing that channel as `false`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllExact<T extends { [K in keyof CorroborateApi]: true }> = T;
/** Exported only so the compile-time check is not an unused type; it is `true` per channel. */
export type ArgumentSchemasAreExact = AllExact<{
  [K in keyof CorroborateApi]: Same<
    z.output<(typeof argumentSchemas)[K]>,
    Parameters<CorroborateApi[K]>
  >;
}>;
