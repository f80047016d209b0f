/**
 * Reads one number at a token, whichever way it is written: digits ("1,900", "40 000", ".77",
 * "1/4", "100K", "2.5 million", "30 lakh"), number words ("one hundred and sixty-four",
 * "two thirds", "two point two million"), a fraction sign ("½"), with a sign ("-504", "−5",
 * "minus 5"). Exact arithmetic on the digit string, so "1.1 million" is 1100000.
 */
import { parseDigits, readDigits, VULGAR_FRACTIONS, type ReadNumber } from './digits';
import type { Token } from './tokens';
import { readWordNumber } from './word-fractions';

export { parseDigits, scaleExactly, type ReadNumber } from './digits';

const MINUS_SIGNS = new Set(['-', '\u2212']);

function fromWords(tokens: readonly Token[], index: number): ReadNumber | null {
  const words = readWordNumber(tokens, index);
  if (!words) return null;
  return {
    value: words.value,
    decimals: words.decimals,
    first: index,
    next: words.next,
    words: true,
    yearLike: false,
    loneOne: words.loneOne,
    scale: 1,
  };
}

/** ".77": a leading decimal point, glued to its digits and not after another token. */
function leadingDot(tokens: readonly Token[], index: number): ReadNumber | null {
  const dot = tokens[index];
  const digits = tokens[index + 1];
  if (dot?.text !== '.' || digits?.kind !== 'number' || digits.spaceBefore) return null;
  if (!dot.spaceBefore && index > 0) return null;
  if (!/^\d+$/.test(digits.text)) return null;
  const parsed = parseDigits(`0.${digits.text}`);
  if (!parsed) return null;
  return {
    value: parsed.value,
    decimals: parsed.decimals,
    first: index,
    next: index + 2,
    words: false,
    yearLike: false,
    loneOne: false,
    scale: 1,
  };
}

/** Reads an unsigned number at tokens[index]. `money`: a currency sign came first. */
function readUnsigned(
  text: string,
  tokens: readonly Token[],
  index: number,
  money: boolean,
): ReadNumber | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'number') return readDigits(text, tokens, index, money);
  if (token.kind === 'word') return fromWords(tokens, index);
  const vulgar = VULGAR_FRACTIONS[token.text];
  if (vulgar !== undefined) {
    return {
      value: vulgar,
      decimals: 2,
      first: index,
      next: index + 1,
      words: false,
      yearLike: false,
      loneOne: false,
      scale: 1,
    };
  }
  return leadingDot(tokens, index);
}

/**
 * Reads a number (digits plus optional scale words, or number words) at tokens[index], with an
 * optional sign: "-504" (the minus glued to the digits and not joining two tokens), "minus 5".
 */
export function readNumber(
  text: string,
  tokens: readonly Token[],
  index: number,
  money = false,
): ReadNumber | null {
  const token = tokens[index];
  if (!token) return null;
  const after = tokens[index + 1];
  const signWord = token.kind === 'word' && (token.lower === 'minus' || token.lower === 'negative');
  const signMark =
    token.kind === 'punct' &&
    MINUS_SIGNS.has(token.text) &&
    after !== undefined &&
    !after.spaceBefore &&
    // "-504" after a space or at the start; "$-99.99" right after a currency sign.
    (token.spaceBefore || index === 0 || money);
  if (signWord || signMark) {
    const unsigned = readUnsigned(text, tokens, index + 1, money);
    if (!unsigned || (signMark && unsigned.words) || unsigned.value === 0) return null;
    unsigned.value = -unsigned.value;
    unsigned.first = index;
    unsigned.yearLike = false;
    return unsigned;
  }
  return readUnsigned(text, tokens, index, money);
}
