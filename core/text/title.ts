/**
 * A title taken from the text itself: the first non-empty line, cut at 120 characters. Every way
 * a source arrives (a source file without a title, a paste, an imported HTML page or PDF) names
 * it the same way, so the rule lives here, below both the loaders (io) and the importers.
 */
export function titleFromText(text: string, fallback: string): string {
  const first =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? '';
  if (!first) return fallback;
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
