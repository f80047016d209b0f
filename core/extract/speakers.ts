/**
 * Who says what a sentence reports: "according to X", "X said/reported/found ...". Applied to
 * the figures of the sentence, so "143 killed, according to officials" carries its source.
 */
import type { Token } from '../quantity/tokens';
import { SPEECH_VERBS } from './lexicon';
import { STOPWORDS } from '../quantity/units';
import {
  isCapitalised,
  isPronoun,
  phraseAfter,
  phraseBefore,
  withAppositive,
  type Phrase,
} from './phrases';

/** Words that open a noun phrase and are not part of a speaker's name. */
const DETERMINERS = new Set('the a an this that these those its their his her our'.split(' '));
/** Longest common-noun speaker, in words. */
const COMMON_WORDS = 5;

/** A past participle or verb: where a noun phrase ends ("toll published by"). */
function isVerbLike(token: Token): boolean {
  if (SPEECH_VERBS.has(token.lower)) return true;
  return token.lower.length > 4 && token.lower.endsWith('ed') && !isCapitalised(token);
}

/**
 * The noun phrase at tokens[index] when it has no name: "local officials", "the authorities".
 * It ends before a function word, a verb or punctuation; a phrase followed by "<participle> by"
 * gives way to that agent ("the final toll published by the authorities" -> "the authorities").
 */
function commonPhraseAt(text: string, tokens: readonly Token[], index: number): Phrase | null {
  let first = index;
  while (DETERMINERS.has(tokens[first]?.lower ?? '')) first += 1;
  let last = first - 1;
  for (let k = first; k < tokens.length && k < first + COMMON_WORDS; k += 1) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || STOPWORDS.has(t.lower) || isVerbLike(t)) break;
    last = k;
  }
  if (last < first) return null;
  // "a report by Reuters", "the toll published by the authorities": the agent speaks.
  const by = tokens[last + 1]?.lower === 'by' ? last + 1 : -1;
  const afterParticiple =
    tokens[last + 1] && isVerbLike(tokens[last + 1] as Token) && tokens[last + 2]?.lower === 'by'
      ? last + 2
      : -1;
  const agentAt = Math.max(by, afterParticiple);
  if (agentAt > 0) {
    const agent =
      phraseAfter(text, tokens, agentAt + 1) ?? commonPhraseAt(text, tokens, agentAt + 1);
    if (agent) return agent;
  }
  const a = tokens[index] as Token;
  const b = tokens[last] as Token;
  const short = text.slice((tokens[first] as Token).start, b.end);
  return {
    text: text.slice(a.start, b.end),
    short,
    start: a.start,
    end: b.end,
    first: index,
    last,
  };
}

/** The speaker of a sentence, or null when the source says it in its own voice. */
export function findSpeaker(text: string, tokens: readonly Token[]): Phrase | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const phrase = phraseAfter(text, tokens, i + 2);
      if (phrase) return withAppositive(text, tokens, phrase);
      // "according to local officials": a common-noun phrase; "according to the final toll
      // published by the authorities": the agent of the publication speaks.
      const common = commonPhraseAt(text, tokens, i + 2);
      if (common) return common;
    }
    if (SPEECH_VERBS.has(token.lower)) {
      if (tokens[i + 1]?.lower === 'responsibility') continue;
      const phrase = phraseBefore(text, tokens, i);
      if (phrase && !isPronoun(phrase)) return phrase;
    }
  }
  return null;
}
