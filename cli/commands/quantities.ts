import { readFile } from 'node:fs/promises';
import { findFiguresIn } from '../../core/quantity/index';
import type { Command } from './types';

/**
 * `quantities [--language TAG] [FILE|-]`: every figure in a raw text (file or stdin) as JSON,
 * offsets into it, read in the given language (BCP 47; English when absent).
 */
export const quantitiesCommand: Command = {
  name: 'quantities',
  summary: 'print the figures found in a text (file or stdin) as JSON intervals',
  usage: 'quantities [--language TAG] [FILE|-]',
  async run(argv, io) {
    const flag = argv.indexOf('--language');
    const language = flag >= 0 ? argv[flag + 1] : 'en';
    const args = flag >= 0 ? argv.filter((_, i) => i !== flag && i !== flag + 1) : argv;
    if (args.length > 1 || language === undefined || language.startsWith('-')) {
      io.err(
        'usage: quantities [--language TAG] [FILE|-]  (one file, or "-"/nothing for standard input)',
      );
      return 2;
    }
    const path = args[0];
    let text: string;
    if (path === undefined || path === '-') {
      text = await io.readStdin();
    } else {
      try {
        text = await readFile(path, 'utf8');
      } catch {
        io.err(`${path}: cannot read the file. Check the path.`);
        return 1;
      }
    }
    const figures = findFiguresIn(text, language).map((f) => ({
      text: f.text,
      start: f.start,
      end: f.end,
      low: f.low,
      high: f.high,
      lowInclusive: f.lowInclusive,
      highInclusive: f.highInclusive,
      approximate: f.approximate,
      value: f.value ?? null,
      kind: f.kind ?? null,
      unit: f.unit ?? null,
      ...(f.unreadQualifier !== undefined ? { unreadQualifier: f.unreadQualifier } : {}),
    }));
    io.out(JSON.stringify(figures, null, 2));
    return 0;
  },
};
