import { extractSuggestions } from '../../core/extract/index';
import type { Suggestion } from '../../core/model/suggestion';
import { readSourceFile } from '../read-source';
import type { Command } from './types';

/** `extract FILE...`: claim suggestions (figures, dates, attributions) for each source as JSON. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print claim suggestions (figures, dates, attributions) as JSON',
  usage: 'extract FILE...',
  async run(args, io) {
    if (args.length === 0) {
      io.err('usage: extract FILE...');
      return 2;
    }
    const results: Suggestion[] = [];
    let failed = false;
    for (const path of args) {
      const read = await readSourceFile(path);
      if (!read.ok) {
        io.err(read.error);
        failed = true;
        continue;
      }
      results.push(...extractSuggestions(read.value));
    }
    io.out(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
};
