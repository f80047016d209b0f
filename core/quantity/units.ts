/**
 * The noun a figure counts ("143 people", "13 American soldiers", "three Chechen and Bosnian
 * nationals"). A shallow rule, not a parser: capitalised or hyphenated modifiers, then up to two
 * lower-case words, stopping after a plural noun or at a function word, verb form or punctuation.
 */
import type { Token } from './tokens';

/** Function words and other words that never start or continue a counted noun. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about ' +
    'above below between among through during since until till after before than as per via ' +
    'is are was were be been being am has have had do does did will would shall should can could ' +
    'may might must that this these those which who whom whose what where when why how it its ' +
    'he she they them their his her we us our you your i me my mine thus so far more most less ' +
    'least very also too only just even still yet again ago later earlier then there here now ' +
    'not no nor each every all any both either neither some such other another own same ' +
    'while whereas although though because if unless whether else instead rather quite ' +
    'including include includes included like unlike out up down off away back alone ' +
    'respectively apiece total altogether overall in-between'
  ).split(' '),
);

/** Plurals without an "s" that end a counted noun. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'personnel',
  'staff',
  'militia',
  'cattle',
  'feet',
  'teeth',
  'mice',
  'geese',
  'crew',
  'youth',
  'clergy',
]);

/** Nouns that end like verb forms. */
const ED_ING_NOUNS = new Set(['hundred', 'kindred', 'building', 'meeting', 'wedding', 'bombing']);

/** Words ending like verb forms ("killed", "fighting") that we never take as the counted noun. */
function looksLikeVerbForm(lower: string): boolean {
  const tail = lower.slice(lower.lastIndexOf('-') + 1);
  if (tail.length > 3 && (tail.endsWith('ed') || tail.endsWith('ing')))
    return !ED_ING_NOUNS.has(tail);
  return false;
}

function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = token.text[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function looksPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us');
}

/** An all-capitals acronym of two or more letters ("US", "UN", "UK"): a name, never a stop word. */
function isAcronym(token: Token): boolean {
  return token.text.length >= 2 && isCapitalised(token) && token.text === token.text.toUpperCase();
}

/**
 * Index of the last token of a dotted initialism starting at i ("U.S.", "U.K.", "U.N."): single
 * capital letters joined by full stops with no space; -1 when there is none.
 */
function dottedInitialismEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  let letters = 0;
  while (k < tokens.length) {
    const letter = tokens[k];
    const dot = tokens[k + 1];
    if (!letter || letter.kind !== 'word' || letter.text.length !== 1 || !isCapitalised(letter))
      break;
    if (k > i && letter.spaceBefore) break;
    if (!dot || dot.text !== '.' || dot.spaceBefore) break;
    letters += 1;
    k += 2;
  }
  return letters >= 2 ? k - 1 : -1;
}

export interface UnitSpan {
  unit: string;
  start: number;
  end: number;
  /** Index of the first token after the unit. */
  next: number;
}

/**
 * Reads the counted noun right after a figure (tokens[index] onwards), skipping "of" after
 * vague amounts ("dozens of people"). Returns null when no noun follows.
 */
export function readUnit(
  text: string,
  tokens: readonly Token[],
  index: number,
  allowOf: boolean,
): UnitSpan | null {
  let i = index;
  if (allowOf && tokens[i]?.lower === 'of') {
    i += 1;
    if (tokens[i]?.lower === 'the') i += 1;
  }
  const first = i;
  let last = -1;
  let capitals = 0;
  let lowers = 0;
  while (i < tokens.length && i - first < 6) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') break;
    const dotted = lowers === 0 ? dottedInitialismEnd(tokens, i) : -1;
    if (dotted >= 0) {
      // "13 U.S. troops": the initialism is one capitalised modifier.
      capitals += 1;
      last = dotted;
      i = dotted + 1;
      continue;
    }
    if (STOPWORDS.has(token.lower) && !isAcronym(token)) {
      // "Chechen and Bosnian nationals": "and" between two capitalised modifiers.
      const after = tokens[i + 1];
      if (
        token.lower === 'and' &&
        capitals > 0 &&
        lowers === 0 &&
        after?.kind === 'word' &&
        isCapitalised(after)
      ) {
        i += 1;
        continue;
      }
      break;
    }
    if (isCapitalised(token) || (token.lower.includes('-') && !looksLikeVerbForm(token.lower))) {
      if (lowers > 0) break;
      capitals += 1;
      last = i;
      i += 1;
      if (capitals >= 4) break;
      continue;
    }
    if (looksLikeVerbForm(token.lower)) break;
    lowers += 1;
    last = i;
    i += 1;
    if (looksPlural(token.lower) || lowers >= 2) break;
  }
  if (last < first) return null;
  const startToken = tokens[first];
  const endToken = tokens[last];
  if (!startToken || !endToken) return null;
  return {
    unit: text.slice(startToken.start, endToken.end),
    start: startToken.start,
    end: endToken.end,
    next: last + 1,
  };
}
