/**
 * Who says what a sentence reports: "according to X", "X said/reported/found ...". Applied to
 * the figures of the sentence, so "143 killed, according to officials" carries its source.
 */
import type { Token } from '../quantity/tokens';
import { SPEECH_VERBS } from './lexicon';
import { isPronoun, phraseAfter, phraseBefore, withAppositive, type Phrase } from './phrases';

/** The speaker of a sentence, or null when the source says it in its own voice. */
export function findSpeaker(text: string, tokens: readonly Token[]): Phrase | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const phrase = phraseAfter(text, tokens, i + 2);
      if (phrase) return withAppositive(text, tokens, phrase);
      // "according to local officials": up to six words before the next punctuation.
      let last = i + 1;
      while (last + 1 < tokens.length && last < i + 7 && tokens[last + 1]?.kind === 'word')
        last += 1;
      const first = tokens[i + 2];
      const end = tokens[last];
      if (first && end && last >= i + 2) {
        return {
          text: text.slice(first.start, end.end),
          short: text.slice(first.start, end.end),
          start: first.start,
          end: end.end,
          first: i + 2,
          last,
        };
      }
    }
    if (SPEECH_VERBS.has(token.lower)) {
      if (tokens[i + 1]?.lower === 'responsibility') continue;
      const phrase = phraseBefore(text, tokens, i);
      if (phrase && !isPronoun(phrase)) return phrase;
    }
  }
  return null;
}
