/**
 * The word/number/punctuation tokens the figure scanner walks over. One linear pass over the
 * text, no regular expressions on the hot path (so no backtracking), UTF-16 offsets.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower-cased text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
  /** True when white space (or the start of the range) separates it from the previous token. */
  spaceBefore: boolean;
}

import { asciiDigits, isAnyDigitCode, isArabicSeparator } from './script-digits';

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** True for a letter (any script) or a combining mark. */
export function isLetterCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) {
    const cp = text.codePointAt(index);
    return cp !== undefined && cp > 0xffff && NON_ASCII_LETTER.test(String.fromCodePoint(cp));
  }
  if (isSpaceCode(code)) return false;
  return NON_ASCII_LETTER.test(text[index] ?? '');
}

/** True for an ASCII digit (digits of other scripts: script-digits.ts). */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** White space, including no-break and typographic spaces. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

const APOSTROPHES = new Set([39, 0x2019]);
const HYPHENS = new Set([45, 0x2010, 0x2011]);

function isDigitAt(text: string, index: number): boolean {
  return index < text.length && isDigitCode(text.charCodeAt(index));
}

/** A digit of any script at index (Persian "۱۳" is a number as "13" is). */
function isAnyDigitAt(text: string, index: number): boolean {
  return index < text.length && isAnyDigitCode(text.charCodeAt(index));
}

/** Length of the letter (or surrogate pair) at index: 2 for astral code points. */
function charLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Splits text[from, to) into tokens. A word starts with a letter and may hold digits, inner
 * apostrophes and inner hyphens ("forty-two", "IK-19", "ISKP-linked"); a number is digits of any
 * script, read as ASCII ("۱۳" is "13"), with thousands commas ("1,900") and decimal points
 * ("1.2"); anything else is one punctuation
 * character. Never throws.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  let lastEnd = -1;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i += 1;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    // Lower-casing is skipped for words already in lower case (most of them).
    let hasUpper = false;
    if (isDigitCode(code)) {
      kind = 'number';
      i += 1;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (isDigitCode(c)) i += 1;
        else if (
          c === 44 &&
          isDigitAt(text, i + 1) &&
          isDigitAt(text, i + 2) &&
          isDigitAt(text, i + 3) &&
          !isDigitAt(text, i + 4) &&
          i + 3 < end
        )
          i += 4;
        else if (c === 46 && i + 1 < end && isDigitAt(text, i + 1)) i += 2;
        else break;
      }
    } else if (isAnyDigitCode(code)) {
      // Digits of another script ("۱۳", "١٬٢٠٠"): the same shapes, with the Arabic separators.
      kind = 'number';
      i += 1;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (isAnyDigitCode(c)) i += 1;
        else if (
          (c === 44 || c === 0x066c) &&
          isAnyDigitAt(text, i + 1) &&
          isAnyDigitAt(text, i + 2) &&
          isAnyDigitAt(text, i + 3) &&
          !isAnyDigitAt(text, i + 4) &&
          i + 3 < end
        )
          i += 4;
        else if ((c === 46 || isArabicSeparator(c)) && i + 1 < end && isAnyDigitAt(text, i + 1))
          i += 2;
        else break;
      }
    } else if (isLetterCode(text, i)) {
      kind = 'word';
      if (code < 97 || code > 122) hasUpper = true;
      i += charLength(text, i);
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) i += 1;
        else if (isDigitCode(c) || isLetterCode(text, i)) {
          if (c < 97 || c > 122) hasUpper = true;
          i += charLength(text, i);
        } else if (
          (APOSTROPHES.has(c) || HYPHENS.has(c)) &&
          i + 1 < end &&
          (isLetterCode(text, i + 1) || (HYPHENS.has(c) && isDigitAt(text, i + 1)))
        )
          i += 1;
        else break;
      }
    } else {
      kind = 'punct';
      i += charLength(text, i);
    }
    let raw = text.slice(start, i);
    // Read in ASCII digits (same length, so offsets hold); the source text is untouched.
    if (kind === 'number' && !isDigitCode(code)) raw = asciiDigits(raw);
    tokens.push({
      kind,
      text: raw,
      lower: hasUpper ? raw.toLowerCase() : raw,
      start,
      end: i,
      spaceBefore: start !== lastEnd,
    });
    lastEnd = i;
  }
  return tokens;
}

/**
 * Index of the first token starting at or after `offset`, searching from `from`: how a figure
 * found by offsets is placed among its sentence's tokens (tokens are sorted by position).
 */
export function tokenAt(tokens: readonly Token[], offset: number, from = 0): number {
  let i = from;
  while (i < tokens.length && (tokens[i]?.start ?? Infinity) < offset) i += 1;
  return i;
}
