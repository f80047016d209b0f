/**
 * Qualifiers: the words around a number that shape its interval (intervals.ts makes it).
 * "at least N" = [N,inf), "more than N" = (N,inf), "up to N" = (-inf,N], "fewer than N" =
 * (-inf,N), "about N" = a band around N, "nearly N" = a band just below N, "between A and B" =
 * [A,B]. Tables, not code, so adding a phrasing is one line.
 */
import type { Token } from './tokens';
import { wordTable } from '../text/word-table';

/** How a qualifier shapes the interval around the stated number. */
export type QualifierShape =
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'about'
  | 'nearly'
  | 'just-over'
  | 'between'
  | 'from';

/** Prefix qualifiers, longest first inside each group. */
const PREFIXES: ReadonlyArray<readonly [string, QualifierShape]> = [
  ['at least or equal to', 'at-least'],
  ['at least', 'at-least'],
  ['greater than or equal to', 'at-least'],
  ['greater or equal to', 'at-least'],
  ['greater or equal than', 'at-least'],
  ['higher or equal than', 'at-least'],
  ['higher or equal to', 'at-least'],
  ['bigger or equal than', 'at-least'],
  ['bigger or equal to', 'at-least'],
  ['larger or equal than', 'at-least'],
  ['larger or equal to', 'at-least'],
  ['more or equal than', 'at-least'],
  ['more or equal to', 'at-least'],
  ['more than or equal to', 'at-least'],
  ['equal to or more than', 'at-least'],
  ['equal to or greater than', 'at-least'],
  ['no lower than', 'at-least'],
  ['at or above', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['at a minimum', 'at-least'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['bigger than', 'more-than'],
  ['larger than', 'more-than'],
  ['higher than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['upward of', 'more-than'],
  ['exceeding', 'more-than'],
  ['well over', 'more-than'],
  ['well above', 'more-than'],
  ['up to', 'at-most'],
  ['less than or equal to', 'at-most'],
  ['less or equal than', 'at-most'],
  ['less or equal to', 'at-most'],
  ['lower or equal than', 'at-most'],
  ['lower or equal to', 'at-most'],
  ['smaller or equal than', 'at-most'],
  ['smaller or equal to', 'at-most'],
  ['fewer or equal than', 'at-most'],
  ['fewer than or equal to', 'at-most'],
  ['equal to or less than', 'at-most'],
  ['equal to or fewer than', 'at-most'],
  ['no greater than', 'at-most'],
  ['no higher than', 'at-most'],
  ['not exceeding', 'at-most'],
  ['at or below', 'at-most'],
  ['at most', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['at the most', 'at-most'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['lower than', 'less-than'],
  ['smaller than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['well under', 'less-than'],
  ['well below', 'less-than'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['circa', 'about'],
  ['an approximate', 'about'],
  ['in the region of', 'about'],
  ['on the order of', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['just under', 'nearly'],
  ['just below', 'nearly'],
  ['close to', 'nearly'],
  ['near', 'about'],
  ['just shy of', 'nearly'],
  ['not quite', 'nearly'],
  ['just over', 'just-over'],
  ['just above', 'just-over'],
  ['slightly more than', 'just-over'],
  ['a little over', 'just-over'],
  ['a little more than', 'just-over'],
  ['between', 'between'],
  ['from', 'from'],
];

const PREFIX_INDEX = new Map<string, Array<{ words: string[]; shape: QualifierShape }>>();
for (const [phrase, shape] of PREFIXES) {
  const words = phrase.split(' ');
  const head = words[0] ?? '';
  const list = PREFIX_INDEX.get(head) ?? [];
  list.push({ words, shape });
  list.sort((a, b) => b.words.length - a.words.length);
  PREFIX_INDEX.set(head, list);
}

/** Signs that qualify the number after them. */
const SYMBOLS: Readonly<Record<string, QualifierShape>> = wordTable({
  '~': 'about',
  '≈': 'about',
  '>': 'more-than',
  '<': 'less-than',
  '≥': 'at-least',
  '≤': 'at-most',
});

/** True for a sign that can open a qualified figure ("~40", "> 10"). */
export function isQualifierSign(text: string): boolean {
  return text in SYMBOLS;
}

/** First words of every prefix qualifier, for a one-lookup rejection in the scanner. */
export const PREFIX_HEADS: ReadonlySet<string> = new Set(PREFIX_INDEX.keys());

/** Matches a prefix qualifier at tokens[index]; "approx." swallows its full stop; "~" is "about". */
export function matchPrefix(
  tokens: readonly Token[],
  index: number,
): { shape: QualifierShape; next: number } | null {
  const head = tokens[index];
  // "~40": the tilde reads as "about"; "> 10", ">= 10", "≤ 5" as the comparisons they are.
  const symbol = head?.kind === 'punct' ? SYMBOLS[head.text] : undefined;
  if (symbol) {
    const equals = tokens[index + 1];
    // ">=" or the spaced "< =" some writers type.
    if (equals?.text === '=') {
      const shape = symbol === 'more-than' ? 'at-least' : symbol === 'less-than' ? 'at-most' : null;
      if (shape) return { shape, next: index + 2 };
    }
    return { shape: symbol, next: index + 1 };
  }
  if (!head || head.kind !== 'word') return null;
  const candidates = PREFIX_INDEX.get(head.lower);
  if (!candidates) return null;
  for (const { words, shape } of candidates) {
    let ok = true;
    for (let k = 1; k < words.length; k += 1) {
      const token = tokens[index + k];
      if (!token || token.kind !== 'word' || token.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let next = index + words.length;
    if (head.lower === 'approx' && tokens[next]?.text === '.') next += 1;
    return { shape, next };
  }
  return null;
}

/**
 * Postfix qualifiers after the number: "143 or more", "40 or fewer", "80 or so", "40-odd",
 * "40ish", "120 and counting", "100+".
 */
export type PostfixShape = 'at-least' | 'at-most' | 'about';

const POSTFIXES: ReadonlyArray<readonly [string, PostfixShape]> = [
  ['or more', 'at-least'],
  ['or above', 'at-least'],
  ['or over', 'at-least'],
  ['and more', 'at-least'],
  ['and above', 'at-least'],
  ['and over', 'at-least'],
  ['or higher', 'at-least'],
  ['or greater', 'at-least'],
  ['or larger', 'at-least'],
  ['at least', 'at-least'],
  ['minimum', 'at-least'],
  ['plus', 'at-least'],
  ['and counting', 'at-least'],
  ['or less', 'at-most'],
  ['or fewer', 'at-most'],
  ['or under', 'at-most'],
  ['or below', 'at-most'],
  ['or lower', 'at-most'],
  ['or smaller', 'at-most'],
  ['and under', 'at-most'],
  ['and below', 'at-most'],
  ['and less', 'at-most'],
  ['and fewer', 'at-most'],
  ['at most', 'at-most'],
  ['at the most', 'at-most'],
  ['maximum', 'at-most'],
  ['max', 'at-most'],
  ['or so', 'about'],
  ['odd', 'about'],
  ['ish', 'about'],
];

/** The postfix phrases split into words once and indexed by their first word. */
const POSTFIX_INDEX = new Map<string, Array<readonly [string[], PostfixShape]>>();
for (const [phrase, shape] of POSTFIXES) {
  const words = phrase.split(' ');
  const head = words[0] ?? '';
  POSTFIX_INDEX.set(head, [...(POSTFIX_INDEX.get(head) ?? []), [words, shape] as const]);
}

/** Postfixes that must be glued ("40ish") or joined by a tight hyphen ("40-odd", "100-plus"). */
const TIGHT_POSTFIXES = new Set(['odd', 'plus', 'ish']);

/** Matches a postfix qualifier at tokens[index]. "+" directly after the digits is "or more". */
export function matchPostfix(
  tokens: readonly Token[],
  index: number,
): { shape: PostfixShape; next: number } | null {
  const first = tokens[index];
  if (!first) return null;
  if (first.text === '+' && !first.spaceBefore) return { shape: 'at-least', next: index + 1 };
  // "40-odd", "100-plus", "40-ish": the hyphen must be tight on both sides; "40ish" glued.
  let start = index;
  let tight = first.kind === 'word' && !first.spaceBefore;
  if (first.text === '-' && !first.spaceBefore) {
    const word = tokens[index + 1];
    if (!word || word.spaceBefore || !TIGHT_POSTFIXES.has(word.lower)) return null;
    start = index + 1;
    tight = true;
  }
  const candidates = POSTFIX_INDEX.get(tokens[start]?.lower ?? '');
  if (!candidates) return null;
  for (const [words, shape] of candidates) {
    const needsTight = words.length === 1 && (words[0] === 'odd' || words[0] === 'ish');
    if (needsTight && !tight) continue;
    if (tight && !TIGHT_POSTFIXES.has(words[0] ?? '')) continue;
    let ok = true;
    for (let k = 0; k < words.length; k += 1) {
      const token = tokens[start + k];
      if (!token || token.kind !== 'word' || token.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    // "200 or greater than 190": a comparison with another number, not a postfix.
    if (ok && !comparesOn(tokens, start + words.length))
      return { shape, next: start + words.length };
  }
  return null;
}

/** True when "than" and more of the phrase follow ("or less than 6000"), not its end. */
function comparesOn(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.lower !== 'than') return false;
  const after = tokens[index + 1];
  return after !== undefined && after.kind !== 'punct';
}
