/**
 * The main-process implementation of every IPC channel, assembled from one module per concern:
 * - services/project-location.ts: which project file is current (the only state), its lock;
 * - services/project-channels.ts: load and autosave the current project and its undo history;
 * - services/project-dialogs.ts: File > New / Open / Save As;
 * - services/file-channels.ts: exports and imports through native dialogs;
 * - services/report-channel.ts: Report > PDF;
 * - services/file-names.ts: the file-name rules they share.
 *
 * Arguments are checked once, at the boundary: handlers.ts parses each call with its channel's
 * schema (argument-schemas.ts) after the sender check and before any function here runs, so the
 * services only do what a schema cannot (sanitising a suggested name, asking the analyst, the
 * file system). Every write is atomic and durable (store/atomic-text.ts, store/project-store.ts).
 */
import { listCorpus } from '../corpus/list-corpus';
import { createFileChannels } from '../services/file-channels';
import { createProjectChannels } from '../services/project-channels';
import { createProjectDialogs } from '../services/project-dialogs';
import { createProjectLocation } from '../services/project-location';
import { createReportChannel } from '../services/report-channel';
import type { ServiceDeps } from '../services/service-deps';
import type { CorroborateHandlers } from './handlers';

export { historyPath, NEW_PROJECT_NAME } from '../services/file-names';
export type { ServiceDeps } from '../services/service-deps';
export { MAX_FILE_BYTES, MAX_HISTORY_CHARS, MAX_REPORT_BYTES } from './limits';

/** The channels, plus what the app does when it quits. */
export type Services = CorroborateHandlers & {
  /** Releases this instance's project locks (main.ts: on quit). */
  releaseLocks(): void;
};

/** Builds every channel's implementation over the given Electron functions and folders. */
export function createServices(deps: ServiceDeps): Services {
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const location = createProjectLocation({
    userDataDir: deps.userDataDir,
    warn,
    lock: deps.lock,
  });
  return {
    listCorpus: () => listCorpus(deps.corpusDir),
    ...createProjectChannels(location),
    ...createProjectDialogs(deps, location, warn),
    ...createFileChannels(deps),
    ...createReportChannel(deps, warn),
    releaseLocks: () => location.releaseAllSync(),
  };
}
