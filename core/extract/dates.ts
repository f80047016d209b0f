/**
 * Dates in a sentence: chrono-node for written dates ("March 22", "April 2022", "22 March
 * 2024") plus bare years after a preposition ("in 2022", "since 2018"), which chrono leaves out.
 * Only the parts the text states are kept: without a publication date "in March" is "--03"
 * (ISO 8601 month without year), never a guessed year.
 */
import * as chrono from 'chrono-node/en';
import type { Token } from '../quantity/tokens';
import { isMonth } from '../quantity/context';

export interface FoundDate {
  text: string;
  start: number;
  end: number;
  /** ISO date, possibly partial: "2024-03-22", "2022-04", "2022", "--03-22", "--03". */
  date: string;
}

const YEAR_PREPOSITIONS = new Set(
  'in since by of during until till after before from to and between early late mid'.split(' '),
);

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number | null, month: number | null, day: number | null): string | null {
  if (month === null && year === null) return null;
  if (year === null)
    return day === null ? `--${pad(month ?? 1)}` : `--${pad(month ?? 1)}-${pad(day)}`;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * chrono reads "the evening of March 22, 2024" as a time of day and drops the certainty of the
 * month and year; the date is read again from the month name on. Rare, so the second parse is
 * cheap.
 */
function recoverMonth(
  sentence: string,
  result: chrono.ParsedResult,
  reference: Date | undefined,
): chrono.ParsedResult[] {
  if (result.start.isCertain('month') || result.start.isCertain('year')) return [result];
  const at = result.text.search(MONTH_NAME);
  if (at <= 0) return [result];
  return reparseFrom(sentence, result, at, (text) => chrono.parse(text, reference));
}

/**
 * Reads a chrono result again from `at` characters into it, with the parser of its language:
 * the second reading replaces the first when it starts there and is sure of the month (a date
 * chrono took for a time of day, or whose month it lost). Offsets stay in the sentence's frame.
 */
export function reparseFrom(
  sentence: string,
  result: chrono.ParsedResult,
  at: number,
  parse: (text: string) => chrono.ParsedResult[],
): chrono.ParsedResult[] {
  const from = result.index + at;
  let again: chrono.ParsedResult[];
  try {
    again = parse(sentence.slice(from, result.index + result.text.length));
  } catch {
    return [result];
  }
  const first = again[0];
  if (!first || first.index !== 0 || !first.start.isCertain('month')) return [result];
  // The fields findDates reads, with the offset moved back to the sentence's frame.
  const moved: chrono.ParsedResult = { ...first, index: from };
  return [moved];
}

/** True when a sentence may hold a date: a capitalised month name or a four-digit number. */
export function mayHoldDate(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) =>
      isMonth(t) || (t.kind === 'number' && t.text.length === 4 && /^(1[89]|20)\d\d$/.test(t.text)),
  );
}

/**
 * Dates in text[start, end) (one sentence), with absolute offsets. `published` (YYYY-MM-DD)
 * fills a missing year when known. Never throws (chrono errors give no dates).
 */
export function findDates(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  published: string | null | undefined,
): FoundDate[] {
  if (!mayHoldDate(tokens)) return [];
  const out: FoundDate[] = [];
  const sentence = text.slice(start, end);
  const reference = published ? new Date(`${published}T12:00:00Z`) : undefined;
  let results: chrono.ParsedResult[] = [];
  // chrono is the slow part: only sentences with a month name need it; bare years are ours.
  if (tokens.some((t) => isMonth(t))) {
    try {
      results = chrono.parse(sentence, reference);
    } catch {
      results = [];
    }
  }
  results = results.flatMap((result) => recoverMonth(sentence, result, reference));
  results.forEach((result, index) => {
    const s = result.start;
    const monthKnown = s.isCertain('month');
    const yearKnown = s.isCertain('year');
    if (!monthKnown && !yearKnown) return;
    // Keep only what the text wrote: a month name or a year must be in the match.
    const raw = result.text.replace(/[\s,.;:]+$/u, '');
    const hasMonthName = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(raw);
    if (!hasMonthName && !/\b\d{4}\b/.test(raw)) return;
    if (/^may\b/.test(raw)) return;
    let year = yearKnown || reference ? (s.get('year') ?? null) : null;
    // "in September and December 2022": a bare month borrows the year of the date it is listed with.
    const next = results[index + 1];
    if (!yearKnown && next?.start.isCertain('year')) {
      const between = sentence.slice(result.index + result.text.length, next.index);
      if (/^[\s,]*(and|or|to|through|-|–)?\s*$/u.test(between))
        year = next.start.get('year') ?? year;
    }
    const month = monthKnown ? (s.get('month') ?? null) : null;
    const day = s.isCertain('day') ? (s.get('day') ?? null) : null;
    const iso = isoOf(year, month, day);
    if (!iso) return;
    const lead = raw.match(/^(on|in|at|the|of|since|by|from)\s+/i)?.[0].length ?? 0;
    const from = start + result.index + lead;
    const matchText = raw.slice(lead);
    out.push({ text: matchText, start: from, end: from + matchText.length, date: iso });
  });
  // Bare years after a preposition or in a list ("the 2022 and 2023 rocket attacks").
  tokens.forEach((token, index) => {
    if (token.kind !== 'number' || !/^(1[89]|20)\d\d$/.test(token.text)) return;
    if (out.some((d) => d.start <= token.start && token.end <= d.end)) return;
    const prev = tokens[index - 1];
    const next = tokens[index + 1];
    if (next && !next.spaceBefore && next.kind === 'word') return; // "1990s"
    if (next?.text === '-' && !next.spaceBefore && tokens[index + 2]?.kind === 'word') return;
    const ok =
      (prev?.kind === 'word' && YEAR_PREPOSITIONS.has(prev.lower)) ||
      prev?.lower === 'the' ||
      prev?.text === '(' ||
      prev?.text === ',' ||
      prev === undefined;
    if (!ok) return;
    out.push({ text: token.text, start: token.start, end: token.end, date: token.text });
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}
