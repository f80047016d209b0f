/**
 * Number words joined to a noun by a hyphen, as one token: "six-mile", "two-storey",
 * "forty-two-seat". The number is a figure and the noun its unit, except ages ("two-year-old")
 * and spans used as adjectives ("two-year", "three-day"): those say how long, not how many.
 */
import { isAgeWord } from './context';
import { measureUnit } from './measure-units';
import { isNumberWord, readNumberWords } from './number-words';
import type { Token } from './tokens';

/** Words after a hyphenated number that make an idiom, not a unit: "one-off", "two-way". */
const IDIOM_RESTS = new Set([
  'off',
  'time',
  'times',
  'way',
  'sided',
  'fold',
  'stop',
  'liner',
  'on',
]);

/** Ordinal words after a hyphenated tens word: "-first" .. "-ninth", plural included. */
const ORDINAL_REST = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?$/;

export interface CompoundWord {
  value: number;
  /** Offset where the number part ends (the hyphen). */
  numberEnd: number;
  unit: string;
  unitStart: number;
  unitEnd: number;
}

/**
 * Reads "six-mile" at a word token: the longest run of number-word parts, then the rest. Null
 * when the token is no such compound; 'not-figure' for ages and spans of time.
 */
export function readCompoundWord(token: Token | undefined): CompoundWord | 'not-figure' | null {
  if (!token || token.kind !== 'word' || !token.lower.includes('-')) return null;
  const parts = token.lower.split('-');
  let count = 0;
  while (count < parts.length && isNumberWord(parts[count] ?? '')) count += 1;
  if (count === 0 || count === parts.length) return null;
  const numberText = parts.slice(0, count).join('-');
  const rest = parts.slice(count).join('-');
  // "two-year-old" is an age; "a two-year sentence" keeps its figure with the span as unit.
  if (isAgeWord(rest) || /-old$/.test(rest)) return 'not-figure';
  // "sixty-third", "twenty-first", "thirty-fifths": an ordinal (or its plural), not a count.
  if (ORDINAL_REST.test(rest)) return 'not-figure';
  if (!/^[a-z]+$/.test(rest)) return null;
  const synthetic: Token = { ...token, text: numberText, lower: numberText };
  const read = readNumberWords([synthetic], 0);
  if (!read || read.next !== 1) return null;
  const measure = measureUnit(rest, true);
  // "one-man", "one-off": a lone "one" counts only a unit of measure ("a one-mile walk").
  if (IDIOM_RESTS.has(rest) || (read.loneOne && measure === undefined)) return null;
  const numberEnd = token.start + numberText.length;
  return {
    value: read.value,
    numberEnd,
    unit: measure ?? rest,
    unitStart: numberEnd + 1,
    unitEnd: token.end,
  };
}
