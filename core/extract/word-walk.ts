/**
 * Walking a sentence's words away from a figure until one of them says something: the loop
 * every language's cue finder shares, with the reading of a word left to the language.
 */
import type { Token } from '../quantity/tokens';

/**
 * The first non-null reading of a word met stepping from `from` towards `to` (exclusive),
 * within `limit` words; `read` gets the word and how many words in it stands. Tokens in
 * `stops` end the walk (";" ends a Russian clause). Why: one loop for every cue finder.
 */
export function nearestWord<T>(
  tokens: readonly Token[],
  from: number,
  to: number,
  step: 1 | -1,
  limit: number,
  read: (token: Token, words: number) => T | null,
  stops?: ReadonlySet<string>,
): T | null {
  let words = 0;
  for (let i = from; step === 1 ? i < to : i > to; i += step) {
    const token = tokens[i];
    if (!token || stops?.has(token.text)) break;
    if (token.kind !== 'word') continue;
    words += 1;
    if (words > limit) break;
    const reading = read(token, words);
    if (reading !== null) return reading;
  }
  return null;
}
