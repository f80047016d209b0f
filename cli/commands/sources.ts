import type { Command } from './types';
import { readSourceFile } from '../read-source';

/** `sources FILE...`: each source's metadata, size and content hash as JSON. */
export const sourcesCommand: Command = {
  name: 'sources',
  summary: "print sources' metadata and content hashes as JSON",
  usage: 'sources FILE...',
  async run(args, io) {
    if (args.length === 0) {
      io.err('usage: sources FILE...');
      return 2;
    }
    const results = [];
    let failed = false;
    for (const path of args) {
      const read = await readSourceFile(path);
      if (!read.ok) {
        io.err(read.error);
        failed = true;
        continue;
      }
      const { id, metadata, text, blocks, contentHash } = read.value;
      results.push({
        id,
        path,
        ...metadata,
        characters: text.length,
        blocks: blocks.length,
        contentHash,
      });
    }
    io.out(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
};
