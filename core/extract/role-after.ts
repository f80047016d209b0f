/**
 * Who a bare count of people is, from the verb that follows it: "nine people are believed to
 * have carried out the attacks" counts the attackers, "seven people wanted over the bombings"
 * the wanted. Neither is a toll, and each is its own population.
 */
import type { Token } from '../quantity/tokens';
import { CLAUSE_BREAKS } from './parts';
import { nearestWord } from './word-walk';

/** Verbs of doing an attack, read with an attack noun after them. */
const PERPETRATING = new Set(
  'carried perpetrated staged committed launched executed mounted plotted planned'.split(' '),
);
/** Nouns that make such a verb an attack. */
const ATTACK_NOUNS = new Set(
  `attack attacks bombing bombings blast blasts assault assaults massacre shooting shootings
  explosions operation operations`.split(/\s+/u),
);
/** Words between the figure's noun and the verb ("are believed to have", "who allegedly"). */
const HEDGES = new Set(
  `are is were was be been being believed thought said suspected alleged allegedly reportedly
  to have has had who that which of having also`.split(/\s+/u),
);
/** Words after the verb within which its attack noun must come ("carried out the attacks"). */
const OBJECT_WORDS = 4;
/** Words that make the people counted those sought by the police. */
const SOUGHT = new Set(['wanted', 'sought']);

/**
 * 'attackers' or 'wanted' when the words right after a count of people say so, else null.
 * Only hedges may stand between the figure and its verb, so "12 were killed in the attacks
 * carried out by" is still the dead.
 */
export function roleAfter(
  tokens: readonly Token[],
  endToken: number,
  nextStart: number,
): string | null {
  if (SOUGHT.has(tokens[endToken]?.lower ?? '')) return 'wanted';
  for (let i = endToken; i < nextStart; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text) || token.text === ',') return null;
    if (token.kind !== 'word') continue;
    if (PERPETRATING.has(token.lower))
      return attackAhead(tokens, i + 1, nextStart) ? 'attackers' : null;
    if (!HEDGES.has(token.lower)) return null;
  }
  return null;
}

function attackAhead(tokens: readonly Token[], from: number, to: number): boolean {
  const attack = (token: Token) => (ATTACK_NOUNS.has(token.lower) ? true : null);
  return nearestWord(tokens, from, to, 1, OBJECT_WORDS, attack) ?? false;
}
