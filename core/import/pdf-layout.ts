import type { RawBlock } from './blocks';
import { dropPageChrome } from './pdf-chrome';
import { pageLines, type PdfLine, type PdfPageText } from './pdf-lines';
import { joinWrapped } from '../text/layout';

/** A line this much larger than body text (by font size) is a heading. */
const HEADING_SCALE = 1.15;
/** A baseline step this much larger than the usual line spacing separates two paragraphs. */
const PARAGRAPH_GAP = 1.4;
/** A first line indented by this many font sizes starts a paragraph. */
const INDENT = 0.8;
/** A line ending a sentence this far (share of the text width) before the right edge ends it. */
const SHORT_LINE = 0.15;
/** Headings are short; a long line in a large font is body text in a large font. */
const MAX_HEADING_LENGTH = 200;
const SENTENCE_END = /[.!?:;"”’)\]]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** The most common value (rounded to half a unit), weighting each line by its length. */
function mode(lines: readonly PdfLine[], value: (line: PdfLine) => number): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(value(line) * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return best;
}

/** The lower quartile: the usual line spacing, even when half the steps are paragraph gaps. */
function lowerQuartile(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)]!;
}

/** Body text's font size, left edge, usual right edge and usual line spacing. */
interface BodyGeometry {
  size: number;
  left: number;
  right: number;
  spacing: number;
}

function measureBody(pages: readonly PdfLine[][]): BodyGeometry {
  const all = pages.flat();
  const size = mode(all, (line) => line.size);
  const body = all.filter((line) => Math.abs(line.size - size) <= size * 0.05);
  const left = mode(body, (line) => line.x);
  const ends = body.map((line) => line.endX).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? left;
  const steps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i += 1) {
      const step = lines[i - 1]!.y - lines[i]!.y;
      if (step > 0 && Math.abs(lines[i]!.size - size) <= size * 0.05) steps.push(step);
    }
  }
  return { size, left, right, spacing: Math.min(lowerQuartile(steps) || size * 1.2, size * 2) };
}

function isHeading(line: PdfLine, body: BodyGeometry): boolean {
  return line.size >= body.size * HEADING_SCALE && line.text.length <= MAX_HEADING_LENGTH;
}

/** Whether `line` starts a new block after `previous` on the same page. */
function startsBlock(previous: PdfLine, line: PdfLine, body: BodyGeometry): boolean {
  const headingBefore = isHeading(previous, body);
  if (headingBefore !== isHeading(line, body)) return true;
  if (Math.abs(previous.size - line.size) > 0.5) return true;
  const step = previous.y - line.y;
  if (step <= 0 || step > body.spacing * PARAGRAPH_GAP) return true;
  if (line.x - body.left >= INDENT * body.size && previous.x - body.left < INDENT * body.size) {
    return true;
  }
  const width = body.right - body.left;
  return (
    width > 0 && previous.endX < body.right - SHORT_LINE * width && SENTENCE_END.test(previous.text)
  );
}

/**
 * Whether the first line of a page continues the paragraph the previous page ended with: that
 * paragraph did not end a sentence and either its last line ran to the right edge (the text
 * wraps) or the new page goes on in lower case.
 */
function continuesOverPage(open: OpenBlock, line: PdfLine, body: BodyGeometry): boolean {
  if (open.kind !== 'paragraph' || isHeading(line, body) || SENTENCE_END.test(open.tail))
    return false;
  const full = open.last.endX >= body.right - SHORT_LINE * (body.right - body.left);
  return full || STARTS_LOWERCASE.test(line.text);
}

/** A block being built: its text as parts (joined once at the end) and its last characters. */
interface OpenBlock {
  kind: RawBlock['kind'];
  page: number;
  parts: string[];
  /** The text's last two characters: all a join or a sentence-end test needs to see. */
  tail: string;
  last: PdfLine;
}

/**
 * Joins a line onto a block: a soft hyphen (U+00AD) joins tight, else as layout.ts does. The
 * text is kept in parts and only its tail is looked at, since reading the end of a growing
 * string flattened it on every line (quadratic on a page of 10,000 lines).
 */
function joinLine(block: OpenBlock, line: string): void {
  const lastPart = block.parts[block.parts.length - 1] ?? '';
  if (block.tail.endsWith('\u00AD') && lastPart.endsWith('\u00AD')) {
    block.parts[block.parts.length - 1] = lastPart.slice(0, -1);
    block.parts.push(line);
  } else {
    const head = line.slice(0, 1);
    const spaced = joinWrapped(block.tail, head).length > block.tail.length + head.length;
    block.parts.push(spaced ? ' ' : '', line);
  }
  block.tail = (block.tail + line).slice(-2);
}

/**
 * Turns a PDF's text layer into blocks, keeping each block's page: runs become lines, page
 * numbers and running heads/feet go (see dropPageChrome), and lines become paragraphs where the
 * spacing widens, a first line is indented, a short line ends a sentence, or the font grows
 * (headings). Wrapped lines join as core/text/layout.ts joins them (a hyphen at a break is kept,
 * since a real hyphen cannot be told from a soft one; an explicit soft hyphen is removed). A
 * paragraph cut by a page break is rejoined when it does not end a sentence and the next page
 * continues (see continuesOverPage). Trade-off: layout is inferred from geometry only, so
 * two-column pages rely on the PDF's content order, and a table comes out as short paragraphs.
 */
export function layOutPdf(pages: readonly PdfPageText[]): RawBlock[] {
  const lines = dropPageChrome(pages.map((page, index) => pageLines(page, index + 1)));
  const body = measureBody(lines);
  const blocks: OpenBlock[] = [];
  for (const pageLinesList of lines) {
    pageLinesList.forEach((line, index) => {
      const open = blocks.at(-1);
      const previous = index > 0 ? pageLinesList[index - 1]! : null;
      const continues =
        open !== undefined &&
        (previous ? !startsBlock(previous, line, body) : continuesOverPage(open, line, body));
      if (continues) {
        joinLine(open, line.text);
        open.last = line;
      } else {
        blocks.push({
          kind: isHeading(line, body) ? 'heading' : 'paragraph',
          parts: [line.text],
          tail: line.text.slice(-2),
          page: line.page,
          last: line,
        });
      }
    });
  }
  return blocks.map(({ kind, parts, page }) => ({ kind, text: parts.join(''), page }));
}
