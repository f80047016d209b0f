/**
 * The tables a language supplies so that the one table-driven figure grammar (grammar.ts) reads
 * its figures: number words with their place (unit, teen, ten, hundred), scale words, qualifier
 * phrases, range words, vague amounts and what is not a figure (dates, years). A new language is
 * one such table, not new code. English keeps its own, older grammar (figure-at.ts).
 */
import type { QualifierShape } from '../qualifiers';

/** Where a number word stands in a compound: "сто сорок три" is hundred, ten, unit. */
export type NumberRole = 'unit' | 'teen' | 'ten' | 'hundred' | 'collective';

export interface NumberWord {
  value: number;
  role: NumberRole;
  /** Decimals the word states ("полтора" is 1.5: one), for the bands of "about". */
  decimals?: number;
}

/** A qualifier phrase: its words ("не менее"); a word ending in "*" matches as a stem. */
export type QualifierEntry = readonly [phrase: string, shape: QualifierShape];

export interface FigureTable {
  /** BCP 47 primary tag ("ru"). */
  language: string;
  /** Every form of every number word, folded (see `fold`). */
  numberWords: Readonly<Record<string, NumberWord>>;
  /** Scale words and abbreviations after a number ("тысячи", "млн"): their factor. */
  scales: Readonly<Record<string, number>>;
  /** Abbreviated scales that may carry a full stop ("тыс."). */
  abbreviations: ReadonlySet<string>;
  /** Nouns that count one scale alone or after a qualifier ("около тысячи", "более десятка"). */
  countNouns: Readonly<Record<string, number>>;
  /** Plural nouns that alone are vague amounts ("сотни", "десятки тысяч"): their base. */
  vaguePlurals: Readonly<Record<string, number>>;
  /** "Several" before a plural scale ("несколько сотен"): a vague amount. */
  several: ReadonlySet<string>;
  /** Prefix qualifiers; longest phrases win. */
  prefixes: readonly QualifierEntry[];
  /** Qualifiers right after the number ("сто с лишним", "40 и более"). */
  postfixes: readonly QualifierEntry[];
  /** "от A до B": the opening word and the closing word. */
  rangeFrom: ReadonlySet<string>;
  rangeTo: ReadonlySet<string>;
  /** "между A и B". */
  between: ReadonlySet<string>;
  betweenAnd: ReadonlySet<string>;
  /** "A или B" ("двое или трое"): two neighbouring numbers are a range. */
  alternatives: ReadonlySet<string>;
  /** "с A до B" after a change: A is the old figure, B the new one. */
  changeFrom: ReadonlySet<string>;
  /** Qualifier words that read "up to N" unless a change verb comes first ("возросло до 143"). */
  upTo: ReadonlySet<string>;
  /** Stems of verbs that change a figure ("возрос", "снизи"): after them "up to" states it. */
  changeVerbStems: readonly string[];
  /** Words right after a number that make it a date or a year, not a figure ("марта", "года"). */
  dateWords: ReadonlySet<string>;
  yearWords: ReadonlySet<string>;
  /** Words before a number that make it an identifier ("№", "номер"). */
  identifierWords: ReadonlySet<string>;
  /** Forms of "one" that are a pronoun before these words ("один из"). */
  oneForms: ReadonlySet<string>;
  oneIdioms: ReadonlySet<string>;
  /** Words that name a percentage after a number (stems). */
  percentStems: readonly string[];
  /** Function words that are never the counted noun after a figure. */
  notUnits: ReadonlySet<string>;
  /** Endings of verbs and short participles, never the counted noun ("получили", "ранены"). */
  verbEndings: readonly string[];
  /** Ordinal number words: stems and endings ("четвёрт" + "ый"); a number they end is no count. */
  ordinalStems: readonly string[];
  ordinalEndings: RegExp;
  /** A comma between digits is a decimal mark ("1,5 тысячи"). */
  decimalComma: boolean;
  /** Folds a lower-cased word for the look-ups (Russian: "ё" is "е"). */
  fold: (word: string) => string;
}

/** A table's qualifier phrases split into words and indexed by their first word (or stem). */
export interface QualifierIndex {
  exact: Map<string, Array<{ words: string[]; shape: QualifierShape }>>;
  stems: Array<{ words: string[]; shape: QualifierShape }>;
}

/** Indexes qualifier phrases once, longest first, so a match is one look-up and a short walk. */
export function indexQualifiers(entries: readonly QualifierEntry[]): QualifierIndex {
  const index: QualifierIndex = { exact: new Map(), stems: [] };
  for (const [phrase, shape] of entries) {
    const words = phrase.split(' ');
    const head = words[0] ?? '';
    if (head.endsWith('*')) index.stems.push({ words, shape });
    else {
      const list = index.exact.get(head) ?? [];
      list.push({ words, shape });
      list.sort((a, b) => b.words.length - a.words.length);
      index.exact.set(head, list);
    }
  }
  index.stems.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** True when a folded word matches a table word ("превыс*" is a stem, any other is exact). */
export function wordMatches(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** True when the word starts with one of the stems. */
export function hasStem(word: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}
