import type { CorpusListing } from '../../electron/ipc/contract';
import { parseSourceFile } from '../../core/io/source-file';
import type { Host } from './host';

/**
 * Corpus files bundled into the web build at build time, as raw text keyed by path. Vite inlines
 * them, so the static site needs no server-side file access.
 */
const bundledCorpus = import.meta.glob<string>('../../corpus/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Turns bundled corpus files into sources, keeping the files that fail with their reason. */
export function listBundledCorpus(files: Record<string, string> = bundledCorpus): CorpusListing {
  const listing: CorpusListing = { sources: [], problems: [] };
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const result = parseSourceFile({
      id: file.replace(/\.[^.]+$/, ''),
      path: `corpus/${file}`,
      content,
    });
    if (result.ok) listing.sources.push(result.value);
    else listing.problems.push({ file, error: result.error });
  }
  return listing;
}

/** The host of the web build: the corpus comes from the bundle. */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    loadCorpus: () => Promise.resolve(listBundledCorpus()),
  };
}
