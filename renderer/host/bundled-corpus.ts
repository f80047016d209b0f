import type { CorpusListing } from '../../contract/ipc';
import { readSourceFile } from '../../core/io/source-text-file';
import { byCodeUnits } from '../../core/text/code-unit-order';
import { UNDETERMINED_LANGUAGE, type LanguageDetector } from '../../core/language/detector';
import { loadLanguageDetector } from '../../core/language/load-detector';

/**
 * Corpus files bundled into the web build at build time, as raw text keyed by path. Vite inlines
 * them, so the static site needs no server-side file access.
 */
const bundledCorpus = import.meta.glob<string>('../../corpus/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function listWith(files: Record<string, string>, detect: LanguageDetector): CorpusListing {
  const listing: CorpusListing = { sources: [], problems: [] };
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => byCodeUnits(a, b))) {
    const file = path.split('/').pop() ?? path;
    const result = readSourceFile(
      { id: file.replace(/\.[^.]+$/, ''), path: `corpus/${file}`, content },
      detect,
    );
    if (result.ok) listing.sources.push(result.value);
    else listing.problems.push({ file, error: result.error });
  }
  return listing;
}

/**
 * Turns bundled corpus files into sources, keeping the files that fail with their reason. The
 * language detector (eld's tables, ~280 KB gzipped) is fetched only if a file states no language:
 * the corpus files do, so start-up never waits for it.
 */
export async function listBundledCorpus(
  files: Record<string, string> = bundledCorpus,
  loadDetector: () => Promise<LanguageDetector> = loadLanguageDetector,
): Promise<CorpusListing> {
  let undeclared = false;
  const listing = listWith(files, () => {
    undeclared = true;
    return UNDETERMINED_LANGUAGE;
  });
  return undeclared ? listWith(files, await loadDetector()) : listing;
}
