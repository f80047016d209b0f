import { collapseWhiteSpace } from './blocks';
import { TextPieces } from './text-pieces';

/** One run of text as a PDF text layer gives it (pdf.js `getTextContent` items, flattened). */
export interface PdfTextItem {
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  /** Advance width of the run, in the same units. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** pdf.js marks the last run of a line. */
  hasEOL?: boolean;
}

/** The text layer of one page, in content-stream order. */
export interface PdfPageText {
  items: PdfTextItem[];
}

/** A line of text on a page, with the geometry paragraph building needs. */
export interface PdfLine {
  text: string;
  page: number;
  x: number;
  endX: number;
  y: number;
  size: number;
}

/** A run whose baseline is this far (in font sizes) from the line's is on another line. */
const SAME_LINE = 0.5;
/** A horizontal gap this wide (in font sizes) between runs is a word space the PDF left out. */
const WORD_GAP = 0.15;
const ENDS_IN_SPACE = /\s$/;
const STARTS_WITH_SPACE = /^\s/;

/**
 * Groups a page's runs into lines in content-stream order (which is reading order for almost all
 * generated PDFs, columns included): a run starts a new line when its baseline moves by half a
 * font size, when it jumps back left, or after a run marked end-of-line. A space is added between
 * runs only when the gap between them is wider than a thin space, since many PDFs position words
 * instead of writing spaces. White space inside a line collapses to one space.
 */
export function pageLines(page: PdfPageText, pageNumber: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  // The runs of the current line, joined when it ends (see TextPieces).
  const runs = new TextPieces();
  let ended = false;
  // Whether the line so far ends in white space, kept apart: testing the growing line text
  // itself flattened it on every run, quadratic on a line of 200,000 runs.
  let endsInSpace = false;
  const finish = () => {
    if (current) {
      current.text = collapseWhiteSpace(runs.take());
      if (current.text) lines.push(current);
    }
    current = null;
  };
  // By index: a for-of over 200,000 runs allocated an iterator result per run wherever the
  // loop ran unoptimized (the function is called once per page, so it often does).
  const items = page.items;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (!item.str) {
      if (item.hasEOL) ended = true;
      continue;
    }
    const size = item.size > 0 ? item.size : 10;
    const line: PdfLine | null = current;
    const newLine =
      line === null ||
      ended ||
      Math.abs(item.y - line.y) > SAME_LINE * Math.max(size, line.size) ||
      item.x < line.endX - 2 * size;
    if (newLine) {
      finish();
      endsInSpace = ENDS_IN_SPACE.test(item.str);
      runs.add(item.str);
      current = {
        text: '',
        page: pageNumber,
        x: item.x,
        endX: item.x + item.width,
        y: item.y,
        size,
      };
    } else if (line) {
      const gap = item.x - line.endX;
      const spaced = endsInSpace || STARTS_WITH_SPACE.test(item.str);
      if (!spaced && gap > WORD_GAP * size) runs.add(' ');
      runs.add(item.str);
      endsInSpace = ENDS_IN_SPACE.test(item.str);
      line.endX = Math.max(line.endX, item.x + item.width);
      line.size = Math.max(line.size, size);
    }
    ended = Boolean(item.hasEOL);
  }
  finish();
  return lines;
}
