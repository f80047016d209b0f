/**
 * Paragraph breaks: a figure never crosses one ("$10k" ending one paragraph and "-504" starting
 * the next are two figures, not a range). A break is a line break followed, after optional
 * white space, by another line break, or a Unicode paragraph separator. One linear pass.
 */

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2029;
}

function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x0b || code === 0x0c;
}

/**
 * The [start, end) spans of the paragraphs of text[from, to), in order, so the scanner can read
 * each one on its own. Never empty for a non-empty range.
 */
export function paragraphSpans(text: string, from = 0, to = text.length): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) {
      i += 1;
      continue;
    }
    const breakStart = i;
    let lines = code === 0x2029 ? 2 : 1;
    // "\r\n" is one line break.
    i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isInlineSpace(c)) i += 1;
      else if (isLineBreak(c)) {
        lines += c === 0x2029 ? 2 : 1;
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else break;
    }
    if (lines >= 2) {
      if (breakStart > start) spans.push([start, breakStart]);
      start = i;
    }
  }
  if (to > start) spans.push([start, to]);
  return spans;
}

/** True when text[start, end) holds a paragraph break. */
export function crossesParagraphBreak(text: string, start: number, end: number): boolean {
  return paragraphSpans(text, start, end).length > 1;
}
