/**
 * Qualifier phrases of a table language matched on tokens: prefixes before the number ("не
 * менее", "превысило") and postfixes after it ("с лишним"). Signs (~, >, ≥ ...) are shared by
 * every language.
 */
import type { QualifierShape } from '../qualifiers';
import type { Token } from '../tokens';
import { wordTable } from '../../text/word-table';
import { folded } from './numbers';
import { indexQualifiers, wordMatches, type FigureTable, type QualifierIndex } from './table';

const SIGNS: Readonly<Record<string, QualifierShape>> = wordTable({
  '~': 'about',
  '≈': 'about',
  '>': 'more-than',
  '<': 'less-than',
  '≥': 'at-least',
  '≤': 'at-most',
});

export interface QualifierMatch {
  shape: QualifierShape;
  /** The folded first word of the phrase ("до", "от"), for the range and "up to" rules. */
  head: string;
  next: number;
}

const INDEXES = new WeakMap<readonly unknown[], QualifierIndex>();

function indexOf(entries: FigureTable['prefixes']): QualifierIndex {
  let index = INDEXES.get(entries);
  if (!index) {
    index = indexQualifiers(entries);
    INDEXES.set(entries, index);
  }
  return index;
}

/** The words of `phrase` at tokens[at...], all word tokens; the index after them or -1. */
function phraseAt(
  table: FigureTable,
  tokens: readonly Token[],
  at: number,
  words: string[],
): number {
  for (let k = 0; k < words.length; k += 1) {
    const word = folded(table, tokens[at + k]);
    if (!word || !wordMatches(word, words[k] ?? '')) return -1;
  }
  return at + words.length;
}

function matchIn(
  table: FigureTable,
  index: QualifierIndex,
  tokens: readonly Token[],
  at: number,
): QualifierMatch | null {
  const head = folded(table, tokens[at]);
  if (!head) return null;
  for (const { words, shape } of index.exact.get(head) ?? []) {
    const next = phraseAt(table, tokens, at, words);
    if (next >= 0) return { shape, head, next };
  }
  for (const { words, shape } of index.stems) {
    const next = phraseAt(table, tokens, at, words);
    if (next >= 0) return { shape, head, next };
  }
  return null;
}

/** A prefix qualifier (or sign) at tokens[at]. */
export function tablePrefix(
  table: FigureTable,
  tokens: readonly Token[],
  at: number,
): QualifierMatch | null {
  const token = tokens[at];
  if (token?.kind === 'punct') {
    const sign = SIGNS[token.text];
    if (!sign) return null;
    const equals = tokens[at + 1];
    if (
      equals?.text === '=' &&
      !equals.spaceBefore &&
      (sign === 'more-than' || sign === 'less-than')
    )
      return {
        shape: sign === 'more-than' ? 'at-least' : 'at-most',
        head: token.text,
        next: at + 2,
      };
    return { shape: sign, head: token.text, next: at + 1 };
  }
  return matchIn(table, indexOf(table.prefixes), tokens, at);
}

/** A postfix qualifier right after the number at tokens[at]; "+" glued is "or more". */
export function tablePostfix(
  table: FigureTable,
  tokens: readonly Token[],
  at: number,
): QualifierMatch | null {
  const token = tokens[at];
  if (token?.text === '+' && !token.spaceBefore)
    return { shape: 'at-least', head: '+', next: at + 1 };
  return matchIn(table, indexOf(table.postfixes), tokens, at);
}
