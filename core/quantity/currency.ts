/**
 * Currency written before an amount: a sign ("$5m", "$ 14 million", "US$ 3", "₹500") or a code
 * ("USD 3.14", "Rs. 500", "INR 2 crore"). The figure then reports the ISO code as its unit.
 */
import { readNumber, type ReadNumber } from './numeric';
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

const SIGNS: Readonly<Record<string, string>> = wordTable({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
});

/** Codes and abbreviations written as words before the amount. */
const CODES: Readonly<Record<string, string>> = wordTable({
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  inr: 'INR',
  jpy: 'JPY',
  rs: 'INR',
  cad: 'CAD',
  aud: 'AUD',
  chf: 'CHF',
  cny: 'CNY',
});

/** Country prefixes glued to "$": "US$", "A$", "C$". */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
});

/** True for a currency sign token, so the scanner may start a figure on it. */
export function isCurrencySign(token: Token): boolean {
  return token.kind === 'punct' && token.text in SIGNS;
}

/** Every word that may open a currency mark, lower case ("usd", "rs", "us"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(CODES),
  ...Object.keys(DOLLAR_PREFIXES),
]);

export interface CurrencyMark {
  code: string;
  /** Index of the first token after the mark. */
  next: number;
}

/**
 * The currency mark at tokens[index] when a number follows it (spaced or not). Codes written as
 * words must be upper case or capitalised ("USD", "Rs") so "us" and "rs" in prose stay words.
 */
export function readCurrency(tokens: readonly Token[], index: number): CurrencyMark | null {
  const token = tokens[index];
  if (!token) return null;
  let code: string | undefined;
  let next = index + 1;
  if (token.kind === 'punct') code = SIGNS[token.text];
  else if (token.kind === 'word' && token.text !== token.lower) {
    const sign = tokens[index + 1];
    const prefix = DOLLAR_PREFIXES[token.lower];
    if (prefix !== undefined && sign?.text === '$' && !sign.spaceBefore) {
      code = prefix;
      next += 1;
    } else {
      code = CODES[token.lower];
      if (code !== undefined && token.lower === 'rs' && tokens[next]?.text === '.') next += 1;
    }
  }
  if (code === undefined) return null;
  const amount = tokens[next];
  // "$-99.99": a minus glued between the sign and the digits.
  const signed = amount?.text === '-' && !amount.spaceBefore && tokens[next + 1]?.kind === 'number';
  if (amount?.kind !== 'number' && !(signed && !tokens[next + 1]?.spaceBefore)) return null;
  return { code, next };
}

/** Codes that may be glued to the amount: "USD3.14", "Rs500". */
const GLUED_CODE = /^(USD|EUR|GBP|INR|JPY|CAD|AUD|CHF|CNY|Rs)(\d+)$/;

/** How many tokens after a glued code the number grammar may look at. */
const LOOKAHEAD = 24;

/**
 * "USD3.14", "Rs500": a code and digits the tokenizer keeps as one word. Reads the amount from
 * the digits inside the word and the tokens after it (a bounded slice, so a text of "USD1 USD1"
 * stays linear). Null unless tokens[index] is such a word.
 */
export function readGluedCode(
  text: string,
  tokens: readonly Token[],
  index: number,
): { code: string; number: ReadNumber } | null {
  const word = tokens[index];
  if (word?.kind !== 'word') return null;
  const parts = GLUED_CODE.exec(word.text);
  const letters = parts?.[1];
  const digits = parts?.[2];
  if (!letters || !digits) return null;
  const code = CODES[letters.toLowerCase()];
  if (code === undefined) return null;
  // "USD3.14": the decimals are their own tokens after the word.
  const dot = tokens[index + 1];
  const decimals = tokens[index + 2];
  const hasDecimals =
    dot?.text === '.' &&
    !dot.spaceBefore &&
    decimals?.kind === 'number' &&
    !decimals.spaceBefore &&
    /^\d+$/.test(decimals.text);
  const written = hasDecimals ? `${digits}.${decimals.text}` : digits;
  const after = index + (hasDecimals ? 3 : 1);
  const amount: Token = {
    kind: 'number',
    text: written,
    lower: written,
    start: word.end - digits.length,
    end: hasDecimals ? decimals.end : word.end,
    spaceBefore: false,
  };
  const ahead = [amount, ...tokens.slice(after, after + LOOKAHEAD)];
  const read = readNumber(text, ahead, 0, true);
  if (!read) return null;
  read.first = index;
  read.next = after + read.next - 1;
  return { code, number: read };
}
