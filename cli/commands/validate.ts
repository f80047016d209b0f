import { parseExport } from '../../core/io/export-json';
import { parseJsonText } from '../../core/io/json-text';
import { parseProject } from '../../core/io/project-file';
import { importW3c, isW3cExport } from '../../core/io/w3c-import';
import { readCliFile } from './export';
import type { Command } from './types';

/** Which parser a file needs: an export names its format, a project carries a schemaVersion. */
function detectKind(data: unknown): 'project' | 'export' | 'w3c' | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (isW3cExport(data)) return 'w3c';
  if ((data as { format?: unknown }).format === 'corroborate-export') return 'export';
  if ('schemaVersion' in data) return 'project';
  return null;
}

/**
 * `validate FILE...`: checks project files, JSON exports and W3C exports with the same parsers
 * the app uses.
 * Prints a one-line summary per valid file, or what is wrong and where; exit 1 if any is invalid.
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a project file or an export (JSON or W3C) and say what is wrong and where',
  usage: 'validate FILE...',
  async run(args, io) {
    if (args.length === 0) {
      io.err(`usage: ${validateCommand.usage}`);
      return 2;
    }
    let failed = false;
    for (const path of args) {
      const text = await readCliFile(path, io);
      if (!text.ok) {
        io.err(text.error);
        failed = true;
        continue;
      }
      const json = parseJsonText(text.value, 'Corroborate');
      if (!json.ok) {
        io.err(`${path}: invalid: ${json.error}`);
        failed = true;
        continue;
      }
      const kind = detectKind(json.value);
      if (kind === 'w3c') {
        const doc = importW3c(text.value);
        if (doc.ok) {
          io.out(
            `${path}: valid W3C Web Annotation export (corroborate-w3c): ${doc.value.sources.length} sources, ${doc.value.claims.length} claims, ${doc.value.groups.length} groups`,
          );
          continue;
        }
        io.err(`${path}: invalid: ${doc.error}`);
      } else if (kind === 'export') {
        const doc = parseExport(text.value);
        if (doc.ok) {
          io.out(
            `${path}: valid export (corroborate-export v${doc.value.version}): ${doc.value.sources.length} sources, ${doc.value.claims.length} claims`,
          );
          continue;
        }
        io.err(`${path}: invalid: ${doc.error}`);
      } else if (kind === 'project') {
        const project = parseProject(text.value);
        if (project.ok) {
          const p = project.value;
          io.out(
            `${path}: valid project "${p.name}" (schema ${p.schemaVersion}): ${p.sources.length} sources, ${p.claims.length} claims`,
          );
          continue;
        }
        io.err(`${path}: invalid: ${project.error}`);
      } else {
        io.err(
          `${path}: invalid: not a Corroborate project (no "schemaVersion") nor an export (no "format": "corroborate-export", no W3C "corroborate:format": "corroborate-w3c").`,
        );
      }
      failed = true;
    }
    return failed ? 1 : 0;
  },
};
