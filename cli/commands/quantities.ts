import { readFile } from 'node:fs/promises';
import { findFigures } from '../../core/quantity/index';
import type { Command } from './types';

/** `quantities [FILE|-]`: every figure in a raw text (file or stdin) as JSON, offsets into it. */
export const quantitiesCommand: Command = {
  name: 'quantities',
  summary: 'print the figures found in a text (file or stdin) as JSON intervals',
  usage: 'quantities [FILE|-]',
  async run(args, io) {
    if (args.length > 1) {
      io.err('usage: quantities [FILE|-]  (one file, or "-"/nothing for standard input)');
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
    const figures = findFigures(text).map((f) => ({
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
    }));
    io.out(JSON.stringify(figures, null, 2));
    return 0;
  },
};
