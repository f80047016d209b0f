/**
 * The file-name rules of the shell, in one place: which names a dialog may suggest (never a
 * folder), which extensions a dialog filters on, what a typed name without an extension
 * becomes, and where a project's sidecar files live. Pure string work: no file system here.
 */
import { basename, isAbsolute } from 'node:path';
import type { Project } from '../../core/model/project';
import { refuse } from './service-deps';

/** Name File > New suggests, in the documents folder. */
export const NEW_PROJECT_NAME = 'Untitled.corroborate.json';

/** Appended to a name typed without ".json" (Linux dialogs add no extension themselves). */
export const PROJECT_EXTENSION = '.corroborate.json';

/** The one filter of the project dialogs. */
export const PROJECT_FILTERS = [{ name: 'Corroborate project', extensions: ['json'] }];

/** The undo history lives beside the project file. */
export function historyPath(projectPath: string): string {
  return `${projectPath}.history.json`;
}

/**
 * A file-name-only string for a dialog's default: folders are stripped (either slash), then
 * control characters and the characters Windows refuses in names, so the renderer can suggest a
 * name but never a folder, a drive ("C:") or "..". `fallback` when nothing usable is left. The
 * length and type were checked by the channel's argument schema.
 */
export function safeName(value: string, fallback = 'export'): string {
  const name = basename(value.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim();
  return /^[.\s]*$/.test(name) ? fallback : name;
}

/**
 * The name Report > PDF suggests: a bare name like saveFile's, ending in ".pdf" ("report.pdf"
 * when nothing usable is left).
 */
export function pdfName(value: string): string {
  const stem = safeName(value, '')
    .replace(/\.pdf$/i, '')
    .trim();
  return `${/^[.\s]*$/.test(stem) ? 'report' : stem}.pdf`;
}

/** The ".json" style extensions of an accept list, lower case without the dot; MIME types skipped. */
export function dialogExtensions(accept: readonly string[]): string[] {
  return accept.flatMap((entry) => {
    const match = /^\.([a-z0-9]{1,10})$/i.exec(entry);
    return match?.[1] ? [match[1].toLowerCase()] : [];
  });
}

/** A file name for Save As from the project's name: letters, digits, spaces, dashes only. */
export function suggestedProjectName(project: Project): string {
  const name = project.name
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .slice(0, 100);
  return `${name || 'project'}${PROJECT_EXTENSION}`;
}

/** Where a save dialog pointed, and whether the name had to be completed. */
export interface ChosenPath {
  path: string;
  /**
   * True when `suffix` was appended: the dialog's overwrite question was about another name,
   * so an existing file at `path` was never confirmed by the analyst.
   */
  renamed: boolean;
}

/**
 * The path a save dialog answered, or null when cancelled. A name typed without the expected
 * extension (Linux dialogs add none) gets `suffix`.
 */
export function chosenPath(
  result: { canceled: boolean; filePath?: string },
  expected: RegExp,
  suffix: string,
): ChosenPath | null {
  if (result.canceled || !result.filePath) return null;
  if (!isAbsolute(result.filePath)) refuse('The dialog answered a path that is not absolute.');
  return expected.test(result.filePath)
    ? { path: result.filePath, renamed: false }
    : { path: `${result.filePath}${suffix}`, renamed: true };
}

/** A project save dialog's answer: ".json" expected, ".corroborate.json" appended otherwise. */
export function chosenProjectPath(result: {
  canceled: boolean;
  filePath?: string;
}): ChosenPath | null {
  return chosenPath(result, /\.json$/i, PROJECT_EXTENSION);
}

/** "12.3 MB" style size, for the size-limit refusals. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
