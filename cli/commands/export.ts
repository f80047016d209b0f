import { readFile } from 'node:fs/promises';
import { exportClaimsJson } from '../../core/io/export-json';
import { parseProject } from '../../core/io/project-file';
import type { Result } from '../../core/model/result';
import type { Command, CommandIo } from './types';

/** Formats `export` can write; the others (W3C Web Annotation, CSV) come with their issues. */
const FORMATS = ['json'] as const;

/** Reads a file named on the command line ("-" is standard input) as UTF-8 text. */
export async function readCliFile(path: string, io: CommandIo): Promise<Result<string>> {
  if (path === '-') return { ok: true, value: await io.readStdin() };
  try {
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(code);
    return { ok: false, error: `${path}: ${why}. Check the path.` };
  }
}

/** `export --format json PROJECT_FILE`: prints the project's claims in the export format. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'print a project\'s claims as a "corroborate-export" JSON document',
  usage: 'export --format json PROJECT_FILE',
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
      io.err(`export: format "${format}" is not available: only json for now. Use --format json.`);
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
    io.out(exportClaimsJson(project.value, new Date().toISOString()).trimEnd());
    return 0;
  },
};
