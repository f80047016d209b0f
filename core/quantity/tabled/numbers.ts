/**
 * Numbers in a table language: digits (space-grouped "6 200", decimal comma "1,5", script
 * digits) or number words ("сто сорок три", "полутора"), then scale words ("тысячи", "млн.").
 * Each read looks at a bounded number of tokens.
 */
import { readDigits, scaleExactly, type ReadNumber } from '../digits';
import type { Token } from '../tokens';
import type { FigureTable } from './table';

/** Place order inside one group: a hundred, then a ten or a teen, then a unit. */
const RANK: Readonly<Record<string, number>> = { hundred: 3, ten: 2, teen: 2, unit: 1 };

/** The folded lower-case text of a word token, or "" for other tokens. */
export function folded(table: FigureTable, token: Token | undefined): string {
  return token?.kind === 'word' ? table.fold(token.lower) : '';
}

/** True for an ordinal number word of the table ("четвёртый", "пятого"): no count. */
export function isOrdinal(table: FigureTable, word: string): boolean {
  if (!word || table.numberWords[word]) return false;
  return (
    table.ordinalEndings.test(word) && table.ordinalStems.some((stem) => word.startsWith(stem))
  );
}

/**
 * The index after a compound ordinal starting at tokens[i] ("две тысячи двадцать четвёртого"),
 * or -1: its cardinal words are part of the ordinal and must not be read as a figure or a vague
 * amount one by one.
 */
export function ordinalRunEnd(table: FigureTable, tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < i + 16) {
    const word = folded(table, tokens[k]);
    if (!word || (!table.numberWords[word] && table.scales[word] === undefined)) break;
    k += 1;
  }
  return k > i && isOrdinal(table, folded(table, tokens[k])) ? k + 1 : -1;
}

/** A scale word at tokens[i] (with the full stop of an abbreviation): factor and next index. */
function scaleAt(
  table: FigureTable,
  tokens: readonly Token[],
  i: number,
): { factor: number; next: number } | null {
  const word = folded(table, tokens[i]);
  const factor = word ? table.scales[word] : undefined;
  if (factor === undefined) return null;
  const dot = tokens[i + 1];
  const next =
    table.abbreviations.has(word) && dot?.text === '.' && !dot.spaceBefore ? i + 2 : i + 1;
  return { factor, next };
}

/** Applies the scale words after a number ("2,3 млн", "сто сорок три тысячи"). */
function withScales(
  table: FigureTable,
  tokens: readonly Token[],
  read: ReadNumber,
  allowed: number,
): ReadNumber {
  const scale = scaleAt(table, tokens, read.next);
  if (!scale || scale.factor >= allowed || read.value === 0) return read;
  const value = scaleExactly(read.value, read.decimals, scale.factor);
  const decimals = Math.max(0, read.decimals - Math.round(Math.log10(scale.factor)));
  return {
    ...read,
    value,
    decimals,
    next: scale.next,
    scale: read.scale * scale.factor,
    yearLike: false,
  };
}

/** "1,5": digits, a tight comma and digits, read as a decimal when the table says so. */
function decimalComma(table: FigureTable, tokens: readonly Token[], i: number): ReadNumber | null {
  const whole = tokens[i];
  const comma = tokens[i + 1];
  const part = tokens[i + 2];
  if (!table.decimalComma || !whole || whole.text.includes(',')) return null;
  if (comma?.text !== ',' || comma.spaceBefore || part?.kind !== 'number' || part.spaceBefore)
    return null;
  if (!/^\d+$/.test(whole.text) || !/^\d+$/.test(part.text)) return null;
  const value = Number(`${whole.text}.${part.text}`);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    decimals: part.text.length,
    first: i,
    next: i + 3,
    words: false,
    yearLike: false,
    loneOne: false,
    scale: 1,
  };
}

/** A digit number at tokens[i]: grouped, decimal comma, then scale words. */
function readTableDigits(
  table: FigureTable,
  text: string,
  tokens: readonly Token[],
  i: number,
): ReadNumber | null {
  const token = tokens[i];
  if (token?.kind !== 'number') return null;
  let read = decimalComma(table, tokens, i);
  // "1,500 млн" is a decimal comma in a language that writes one; "1,500 человек" a thousands one.
  if (
    !read &&
    table.decimalComma &&
    /^\d+,\d{3}$/.test(token.text) &&
    scaleAt(table, tokens, i + 1)
  ) {
    const [whole, part] = token.text.split(',');
    read = {
      value: Number(`${whole}.${part}`),
      decimals: 3,
      first: i,
      next: i + 1,
      words: false,
      yearLike: false,
      loneOne: false,
      scale: 1,
    };
  }
  read ??= readDigits(text, tokens, i, false);
  if (!read) return null;
  return withScales(table, tokens, read, Infinity);
}

/**
 * Number words from tokens[i]: groups of hundred, ten and unit, each closed by a smaller scale
 * than the one before ("две тысячи пятьсот"). Collective numerals ("трое") and "полтора" stand
 * alone (or before a scale).
 */
function readTableWords(
  table: FigureTable,
  tokens: readonly Token[],
  i: number,
): ReadNumber | null {
  let total = 0;
  let group = 0;
  let rank = 4;
  let decimals = 0;
  let lastScale = Infinity;
  let next = i;
  let read = 0;
  for (let k = i; k < i + 16; k += 1) {
    const word = folded(table, tokens[k]);
    const entry = word ? table.numberWords[word] : undefined;
    if (entry) {
      // Zero, collectives ("трое") and "полтора" stand alone in their group.
      const alone =
        entry.role === 'collective' || entry.decimals !== undefined || entry.value === 0;
      const place = alone ? 1 : (RANK[entry.role] ?? 1);
      if (alone ? group !== 0 : place >= rank) break;
      group += entry.value;
      decimals = Math.max(decimals, entry.decimals ?? 0);
      // After a teen ("тринадцать") no unit follows; after a lone word, nothing but a scale.
      rank = alone ? 0 : entry.role === 'teen' ? 1 : place;
      read += 1;
      next = k + 1;
      continue;
    }
    // "тысяча сто": a scale noun in the singular opens the number as one of itself.
    const opens =
      k === i &&
      table.countNouns[word] !== undefined &&
      table.numberWords[folded(table, tokens[k + 1])];
    if (opens) group = 1;
    const scale = group > 0 ? scaleAt(table, tokens, k) : null;
    if (!scale || scale.factor >= lastScale) break;
    total += scaleExactly(group, decimals, scale.factor);
    decimals = 0;
    group = 0;
    rank = 4;
    lastScale = scale.factor;
    read += 1;
    next = scale.next;
    k = scale.next - 1;
  }
  if (read === 0) return null;
  // "две тысячи двадцать четвёртый": a number that ends in an ordinal is an ordinal.
  if (isOrdinal(table, folded(table, tokens[next]))) return null;
  const value = total + group;
  const first = tokens[i];
  const loneOne = read === 1 && table.oneForms.has(folded(table, first));
  return {
    value,
    decimals: total > 0 ? 0 : decimals,
    first: i,
    next,
    words: true,
    yearLike: false,
    loneOne,
    scale: lastScale === Infinity ? 1 : lastScale,
  };
}

/** A number at tokens[i], in digits or in words, with its scale words; null when none. */
export function readTableNumber(
  table: FigureTable,
  text: string,
  tokens: readonly Token[],
  i: number,
): ReadNumber | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return readTableDigits(table, text, tokens, i);
  if (token.kind === 'word') return readTableWords(table, tokens, i);
  return null;
}
