import type { PdfLine } from './pdf-lines';

/** Rows at the top and at the bottom of a page that may hold running heads or page numbers. */
const EDGE_ROWS = 2;
/** A page number with its decorations: "7", "- 7 -", "Page 7", "7 of 12", "7/12", "Seite 7". */
const PAGE_LABEL =
  /^(?:(?:page|p\.|pg\.?|seite|pagina|página)\s*)?[-–—]?\s*(\S+?)\s*[-–—]?(?:\s*(?:of|\/|de|von|sur)\s*\d{1,4})?$/iu;
/** Arabic numbers, or lower-case roman ones up to 39 (front matter); "Mild" is not a number. */
const NUMBER = /^(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))$/;

/** True for a line that is only a page number. */
export function isPageNumber(text: string): boolean {
  const number = PAGE_LABEL.exec(text.trim())?.[1];
  return number !== undefined && NUMBER.test(number);
}

/**
 * Compares running heads across pages, ignoring case, spacing and a page number at either end
 * ("Report, page 3", "3 | Daily Wire", "Page 3 of 12"). Numbers inside the line stay: a body
 * line that differs from another page's only by a figure ("143" vs "150") is not furniture.
 */
export function chromeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^((?:page|p\.|pg\.?|seite|pagina|página)?[^\p{L}\d]*)\d+/u, '$1#')
    .replace(/\d+([^\p{L}\d]*)$/u, '#$1');
}

/** A gap this much wider than the usual line spacing sets running heads apart from the body. */
const CHROME_GAP = 1.5;

/**
 * The usual line spacing of a document: the lower quartile of the baseline steps between
 * consecutive lines of the same font size, or 1.2 font sizes when no two such lines exist.
 */
function lineSpacing(pages: readonly PdfLine[][]): number {
  const steps: number[] = [];
  const sizes: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      sizes.push(line.size);
      const previous = lines[i - 1];
      if (previous && Math.abs(previous.size - line.size) <= 0.05 * line.size) {
        const step = previous.y - line.y;
        if (step > 0) steps.push(step);
      }
    });
  }
  steps.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 10;
  return Math.min(steps[Math.floor(steps.length / 4)] ?? size * 1.2, size * 2);
}

/**
 * The lines of a page that may be furniture: up to EDGE_ROWS rows (by baseline) at the top and
 * at the bottom, and only rows set apart from the body by a gap wider than the line spacing, so
 * the first and last lines of the text itself are never candidates.
 */
function edgeLines(lines: readonly PdfLine[], spacing: number): Set<PdfLine> {
  const rows = [...new Set(lines.map((line) => Math.round(line.y)))].sort((a, b) => b - a);
  const edge = new Set<number>();
  const wide = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Math.abs(a - b) > CHROME_GAP * spacing;
  for (let i = 0; i < Math.min(EDGE_ROWS, rows.length - 1); i += 1) {
    if (wide(rows[i], rows[i + 1])) {
      rows.slice(0, i + 1).forEach((row) => edge.add(row));
      break;
    }
  }
  for (let i = rows.length - 1; i > Math.max(rows.length - 1 - EDGE_ROWS, 0); i -= 1) {
    if (wide(rows[i], rows[i - 1])) {
      rows.slice(i).forEach((row) => edge.add(row));
      break;
    }
  }
  return new Set(lines.filter((line) => edge.has(Math.round(line.y))));
}

/**
 * Removes page furniture: bare page numbers in a page's top or bottom rows (set apart from the
 * body, see edgeLines), and running heads and feet, meaning such edge lines that recur (page
 * numbers aside) on at least half the pages, two at the least. Trade-off: a one-page PDF keeps
 * any header, since nothing shows it repeats; a head printed with no gap before the body is
 * kept as text, as losing a line of the article would be worse.
 */
export function dropPageChrome(pages: readonly PdfLine[][]): PdfLine[][] {
  const spacing = lineSpacing(pages);
  const edges = pages.map((lines) => edgeLines(lines, spacing));
  const seen = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set([...edge].map((line) => chromeKey(line.text)))) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, index) =>
    lines.filter((line) => {
      if (!edges[index]!.has(line)) return true;
      if (isPageNumber(line.text)) return false;
      return (seen.get(chromeKey(line.text)) ?? 0) < needed;
    }),
  );
}
