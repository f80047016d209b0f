import type * as ProjectFile from '../../core/io/project-file';
import type * as PersistedHistory from '../../core/history/persisted-history';

/**
 * The project file format and the stored undo history read and write projects through zod
 * schemas (~25 KB gzipped) that are needed only when a project is loaded or saved, never to draw
 * the first frame. They are a chunk of their own, fetched once on first use (the workspace asks
 * for them while it reads the stored project), so the start-up chunk stays small.
 */
export type ProjectFormat = typeof ProjectFile;
export type HistoryFormat = typeof PersistedHistory;

let project: Promise<ProjectFormat> | undefined;
let history: Promise<HistoryFormat> | undefined;

/** parseProject / serializeProject, loaded once. */
export function projectFormat(): Promise<ProjectFormat> {
  return (project ??= import('../../core/io/project-file'));
}

/** serializeHistory / restoreHistory, loaded once. */
export function historyFormat(): Promise<HistoryFormat> {
  return (history ??= import('../../core/history/persisted-history'));
}
