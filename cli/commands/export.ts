import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { exportCsv } from '../../core/io/csv';
import { exportClaimsJson } from '../../core/io/export-json';
import { fileSizeProblem } from '../../core/io/file-size';
import { parseProject } from '../../core/io/project-file';
import { exportW3c } from '../../core/io/w3c';
import type { Project } from '../../core/model/project';
import { defaultGazetteer } from '../../core/places/load';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import { renderReport } from '../../core/report/index';
import { readSourceFile } from '../read-source';
import type { Command, CommandIo } from './types';

/** Formats `export` can write. */
const FORMATS = ['json', 'w3c', 'csv', 'report'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Reads a file named on the command line ("-" is standard input) as UTF-8 text. A file over the
 * size cap of project and export files is refused from its size, before it is read; standard
 * input, which has no size beforehand, is checked by the parsers once read.
 */
export async function readCliFile(path: string, io: CommandIo): Promise<Result<string>> {
  if (path === '-') return { ok: true, value: await io.readStdin() };
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: `${path}: is a folder. Check the path.` };
    const tooLarge = fileSizeProblem(path, info.size);
    if (tooLarge) return { ok: false, error: tooLarge };
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(code);
    return { ok: false, error: `${path}: ${why}. Check the path.` };
  }
}

/**
 * Loads the source texts a project points at, best effort: a path is tried as written (from
 * the working folder, where corpus paths are relative to) and next to the project file. A
 * source that cannot be read is simply left out; exports then use the project's own record.
 */
async function loadSources(project: Project, projectPath: string): Promise<Source[]> {
  const loaded: Source[] = [];
  for (const ref of project.sources) {
    if (!ref.path) continue;
    const candidates = isAbsolute(ref.path)
      ? [ref.path]
      : [
          resolve(ref.path),
          ...(projectPath === '-' ? [] : [resolve(dirname(projectPath), ref.path)]),
        ];
    for (const candidate of candidates) {
      const source = await readSourceFile(candidate);
      if (source.ok) {
        loaded.push({ ...source.value, id: ref.id });
        break;
      }
    }
  }
  return loaded;
}

async function render(
  format: Format,
  project: Project,
  path: string,
  now: string,
): Promise<string> {
  const sources = await loadSources(project, path);
  // The same gazetteer as `compare` and the app: every view of a project groups alike.
  const gazetteer = defaultGazetteer();
  if (format === 'json') return exportClaimsJson(project, now, sources, gazetteer);
  if (format === 'w3c') return exportW3c(project, sources, now, gazetteer);
  if (format === 'csv') return exportCsv(project, sources, gazetteer);
  return renderReport(project, sources, now, gazetteer);
}

/**
 * `export --format json|w3c|csv|report PROJECT_FILE`: prints the project as the JSON export,
 * W3C Web Annotations (JSON-LD), a CSV table (UTF-8 with BOM, CRLF) or a printable HTML
 * discrepancy report. The output ends exactly as the format does (CSV keeps its CRLF).
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'print a project as JSON, W3C Web Annotations, CSV or an HTML discrepancy report',
  usage: 'export --format json|w3c|csv|report PROJECT_FILE',
  async run(args, io) {
    let format = 'json';
    const files: string[] = [];
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!;
      if (arg === '--format' || arg === '-f') {
        format = args[i + 1] ?? '';
        i += 1;
      } else if (arg.startsWith('--format=')) {
        format = arg.slice('--format='.length);
      } else {
        files.push(arg);
      }
    }
    if (!(FORMATS as readonly string[]).includes(format)) {
      io.err(`export: format "${format}" is not available. Use --format json, w3c, csv or report.`);
      return 2;
    }
    if (files.length !== 1) {
      io.err(`usage: ${exportCommand.usage}`);
      return 2;
    }
    const path = files[0]!;
    const text = await readCliFile(path, io);
    if (!text.ok) {
      io.err(text.error);
      return 1;
    }
    const project = parseProject(text.value);
    if (!project.ok) {
      io.err(`${path}: ${project.error}`);
      return 1;
    }
    const output = await render(format as Format, project.value, path, new Date().toISOString());
    // `out` adds the final "\n": drop ours so the bytes are exactly the format's.
    io.out(output.endsWith('\n') ? output.slice(0, -1) : output);
    return 0;
  },
};
