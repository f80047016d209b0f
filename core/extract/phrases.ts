/**
 * Shallow noun phrases around a cue word: the name before a verb ("The US also attributed"),
 * the name after a preposition ("to the ISKP", "by Alexander Bortnikov, the head of ..."). Bounded
 * look-around (a few tokens), so it stays linear over a text.
 */
import type { Token } from '../quantity/tokens';
import { STOPWORDS } from '../quantity/units';
import { CLAUSE_ADVERBS, PRONOUNS, SAYING_VERBS } from './lexicon';

export interface Phrase {
  text: string;
  /** Short form for comparison: the acronym in brackets if any, else the text without "the". */
  short: string;
  start: number;
  end: number;
  /** Token indices [first, last]. */
  first: number;
  last: number;
}

/** Capitalised (upper-case first letter, any script). */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const ch = token.text[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A capitalised word that is not a sentence-initial function word ("The", "In", "It"). */
export function isNameWord(token: Token | undefined): boolean {
  if (!isCapitalised(token) || !token) return false;
  // Acronyms are names even when they spell a function word ("US", "IS").
  if (token.text.length >= 2 && token.text === token.text.toUpperCase()) return true;
  return !STOPWORDS.has(token.lower);
}

/** Adverbs and auxiliaries skipped between a subject and its verb ("officials nevertheless said"). */
const SKIP_BACK = CLAUSE_ADVERBS;
/** "-ly" words and sentence adverbs between a subject and its verb. */
function isAdverb(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || isCapitalised(token)) return false;
  return token.lower.length > 4 && token.lower.endsWith('ly');
}

const NAME_JOINERS = new Set(['of', 'al', 'bin', 'de', 'van', 'von', 'for']);

function build(text: string, tokens: readonly Token[], first: number, last: number): Phrase | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return null;
  const phraseText = text.slice(a.start, b.end);
  // Short form: the bracketed acronym, else the names without "the" and trailing common nouns.
  let shortLast = last;
  while (shortLast > first && !isCapitalised(tokens[shortLast]) && tokens[shortLast]?.text !== ')')
    shortLast -= 1;
  let shortFirst = first;
  if (tokens[shortFirst]?.lower === 'the' && shortFirst < shortLast) shortFirst += 1;
  let short = text.slice(tokens[shortFirst]?.start ?? a.start, tokens[shortLast]?.end ?? b.end);
  for (let k = first; k <= last; k += 1) {
    const t = tokens[k];
    if (t?.text === '(' && tokens[k + 2]?.text === ')' && isCapitalised(tokens[k + 1])) {
      short = tokens[k + 1]?.text ?? short;
      break;
    }
  }
  return { text: phraseText, short, start: a.start, end: b.end, first, last };
}

/**
 * The name phrase starting at tokens[index] ("the Islamic State of Khorasan Province (ISKP)",
 * "ISKP militants", "Ukraine"). Needs at least one capitalised word; takes at most one
 * lower-case head noun after the name.
 */
export function phraseAfter(text: string, tokens: readonly Token[], index: number): Phrase | null {
  let i = index;
  if (tokens[i]?.lower === 'the') i += 1;
  const first = i;
  let last = -1;
  let names = 0;
  while (i < tokens.length && i - first < 12) {
    const token = tokens[i];
    if (!token) break;
    if (isNameWord(token)) {
      names += 1;
      last = i;
      i += 1;
      continue;
    }
    if (names > 0 && NAME_JOINERS.has(token.lower) && isNameWord(tokens[i + 1] ?? tokens[i + 2])) {
      if (isNameWord(tokens[i + 1])) {
        i += 1;
        continue;
      }
      if (tokens[i + 1]?.lower === 'the' && isNameWord(tokens[i + 2])) {
        i += 2;
        continue;
      }
    }
    if (
      names > 0 &&
      token.text === '(' &&
      isCapitalised(tokens[i + 1]) &&
      tokens[i + 2]?.text === ')'
    ) {
      last = i + 2;
      i += 3;
      continue;
    }
    if (
      names > 0 &&
      token.kind === 'word' &&
      !STOPWORDS.has(token.lower) &&
      !isCapitalised(token)
    ) {
      // One lower-case head noun: "ISKP militants", "US officials".
      if (token.lower.endsWith('s') || token.lower === 'group') last = i;
      break;
    }
    break;
  }
  if (names === 0 || last < first) return null;
  return build(text, tokens, first, last);
}

/**
 * The name phrase ending just before tokens[index] (the subject of a verb), skipping adverbs
 * and auxiliaries ("The US also attributed" -> "The US"). Allows up to two lower-case words
 * inside ("Jihadism expert Aaron Zelin's dataset"), needs one capitalised word.
 */
export function phraseBefore(text: string, tokens: readonly Token[], index: number): Phrase | null {
  let i = index - 1;
  const skippable = (t: Token | undefined) => SKIP_BACK.has(t?.lower ?? '') || isAdverb(t);
  // "Russian officials, however, said": commas around a skipped adverb go with it.
  while (
    i >= 0 &&
    (skippable(tokens[i]) ||
      (tokens[i]?.text === ',' && (skippable(tokens[i - 1]) || skippable(tokens[i + 1]))))
  )
    i -= 1;
  const last = i;
  let first = -1;
  let names = 0;
  let lowers = 0;
  while (i >= 0 && last - i < 10) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === ')' && isCapitalised(tokens[i - 1]) && tokens[i - 2]?.text === '(') {
      first = i - 2;
      i -= 3;
      continue;
    }
    if (isNameWord(token)) {
      names += 1;
      first = i;
      i -= 1;
      continue;
    }
    if (token.kind === 'word' && PRONOUNS.has(token.lower) && i === last) {
      first = i;
      break;
    }
    if (names > 0 && NAME_JOINERS.has(token.lower) && isNameWord(tokens[i - 1])) {
      i -= 1;
      continue;
    }
    if (
      token.kind === 'word' &&
      !STOPWORDS.has(token.lower) &&
      !SAYING_VERBS.has(token.lower) &&
      !skippable(token) &&
      !isCapitalised(token) &&
      lowers < 2
    ) {
      lowers += 1;
      if (names === 0) first = i;
      i -= 1;
      continue;
    }
    break;
  }
  if (first < 0) return null;
  // Drop leading lower-case words that no name follows ("evidence of", stray nouns).
  let start = first;
  while (start <= last && !isNameWord(tokens[start]) && !PRONOUNS.has(tokens[start]?.lower ?? '')) {
    if (tokens[start]?.text === '(') break;
    start += 1;
  }
  if (start > last) return null;
  if (tokens[start - 1]?.lower === 'the') start -= 1;
  return build(text, tokens, start, last);
}

/** True when the phrase is a bare pronoun ("it", "they"). */
export function isPronoun(phrase: Phrase): boolean {
  return PRONOUNS.has(phrase.text.toLowerCase());
}

/**
 * The most recent organisation-like name before tokens[index]: an all-capitals acronym
 * ("ISKP") wins, else the last capitalised run. Used to resolve "it claimed responsibility".
 */
export function lastNameBefore(
  text: string,
  tokens: readonly Token[],
  index: number,
): Phrase | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (
      token?.kind === 'word' &&
      token.text.length >= 2 &&
      token.text === token.text.toUpperCase() &&
      /\p{Lu}/u.test(token.text)
    ) {
      return build(text, tokens, i, i);
    }
  }
  for (let i = index - 1; i >= 0; i -= 1) {
    if (isNameWord(tokens[i])) {
      let first = i;
      while (first > 0 && isNameWord(tokens[first - 1])) first -= 1;
      return build(text, tokens, first, i);
    }
  }
  return null;
}

/**
 * Extends a speaker phrase with its appositive ("Alexander Bortnikov, the head of Russia's
 * Federal Security Service (FSB)"), up to the next comma, when the appositive starts with "the".
 */
export function withAppositive(text: string, tokens: readonly Token[], phrase: Phrase): Phrase {
  if (tokens[phrase.last + 1]?.text !== ',' || tokens[phrase.last + 2]?.lower !== 'the')
    return phrase;
  for (let i = phrase.last + 3; i < tokens.length && i < phrase.last + 20; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === ',' || token.text === ';' || token.text === '.') {
      const end = tokens[i - 1];
      if (!end || i - 1 <= phrase.last + 2) return phrase;
      return { ...phrase, text: text.slice(phrase.start, end.end), end: end.end, last: i - 1 };
    }
  }
  return phrase;
}
