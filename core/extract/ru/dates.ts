/**
 * Russian dates in a sentence, read by chrono-node's own Russian parser (chrono-node/ru): it reads
 * "22 марта 2024 года", "в марте 2024 года", "22.03.2024", weekdays ("в пятницу") and "вчера"
 * against a reference date, which saves writing a Russian date grammar. What it leaves out,
 * a bare year ("в 2024 году"), is read here. Weekdays and relative days are kept only when the
 * source's publication date says which day they are; they are never in the future of it.
 */
import * as ru from 'chrono-node/ru';
import type { Token } from '../../quantity/tokens';
import { reparseFrom, type FoundDate } from '../dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** Year words after a bare year ("в 2024 году", "2023 года"). */
const YEAR_WORDS = new Set('год года году годом годе г'.split(' '));

const DAY_MS = 86_400_000;

/** A weekday in any case: chrono does not always mark it known ("Вечером в пятницу"). */
const WEEKDAY = /(понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень)/iu;

/** A whole word that is a month name in any case ("марта", "мае") or a weekday ("пятницу"). */
const MONTH_WORD =
  /^(январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]{0,3}$/u;
const WEEKDAY_WORD =
  /^(понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень)[а-я]{0,3}$/u;

/** Weekday stems by JavaScript day number (0 is Sunday). */
const WEEKDAYS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];

/** A month name in any case ("марта", "в марте"). */
const MONTH_STEM = /(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;

/** Words that name a day relative to the publication ("вчера", "сегодня"). */
const RELATIVE_DAYS = new Set('вчера сегодня позавчера накануне'.split(' '));

/**
 * True when a sentence may hold a Russian date: a month or weekday word, a day named relative
 * to publication, or a four-digit year. chrono is the slow part: other sentences skip it.
 */
export function mayHoldRussianDate(tokens: readonly Token[]): boolean {
  return tokens.some((t) => {
    if (t.kind === 'number') return t.text.length === 4 && /^(1[89]|20)\d\d$/.test(t.text);
    if (t.kind !== 'word') return false;
    return MONTH_WORD.test(t.lower) || WEEKDAY_WORD.test(t.lower) || RELATIVE_DAYS.has(t.lower);
  });
}

/** The ISO date of one chrono result, or null when it states too little. */
function isoOf(result: ru.ParsedResult, reference: Date | undefined): string | null {
  const s = result.start;
  const year = s.isCertain('year') ? s.get('year') : null;
  const month = s.isCertain('month') ? s.get('month') : null;
  const day = s.isCertain('day') ? s.get('day') : null;
  if (month !== null && month !== undefined) {
    if (year === null || year === undefined) {
      const known = reference ? s.get('year') : null;
      if (known) return day ? `${known}-${pad(month)}-${pad(day)}` : `${known}-${pad(month)}`;
      return day ? `--${pad(month)}-${pad(day)}` : `--${pad(month)}`;
    }
    return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  }
  // A weekday alone: which day it is follows from the publication date, and never lies after it.
  const named = WEEKDAY.exec(result.text)?.[1]?.toLowerCase();
  if (!reference || !named) {
    // "вчера", "сегодня": chrono resolves them against the reference (there is one here).
    if (!reference || !s.isCertain('day')) return null;
    return `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
  }
  // The latest such weekday on or before the publication day.
  const wanted = WEEKDAYS.findIndex((stem) => named.startsWith(stem));
  const back = (reference.getUTCDay() - wanted + 7) % 7;
  return new Date(reference.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/**
 * chrono reads "Утром 15 апреля" as a time of day and drops the certainty of the day and the
 * month (as it does in English, see ../dates.ts): the date is read again from its number on.
 */
function recoverDay(
  sentence: string,
  result: ru.ParsedResult,
  reference: Date | undefined,
): ru.ParsedResult[] {
  if (result.start.isCertain('month')) return [result];
  const at = result.text.search(/\d{1,2}\s+\p{L}/u);
  if (at <= 0 || !MONTH_STEM.test(result.text.slice(at))) return [result];
  return reparseFrom(sentence, result, at, (text) =>
    ru.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1))),
  );
}

/**
 * Dates in text[start, end) (one Russian sentence), with absolute offsets. `published`
 * (YYYY-MM-DD) resolves weekdays and fills a missing year. Never throws.
 */
export function findRussianDates(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  published: string | null | undefined,
): FoundDate[] {
  const sentence = text.slice(start, end);
  const reference = published ? new Date(`${published}T12:00:00Z`) : undefined;
  let results: ru.ParsedResult[];
  try {
    results = ru.parse(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)));
  } catch {
    results = [];
  }
  results = results.flatMap((result) => recoverDay(sentence, result, reference));
  const out: FoundDate[] = [];
  for (const result of results) {
    // A time of day alone ("в 20:00") or a bare number is no date of an event.
    const weekday = result.start.isCertain('weekday') || WEEKDAY.test(result.text);
    if (!result.start.isCertain('month') && !weekday) continue;
    const iso = isoOf(result, reference);
    if (!iso) continue;
    const raw = result.text.replace(/[\s,.;:]+$/u, '');
    // "вчера", "сегодня": a day only the publication date can name.
    if (!reference && !/\d/.test(raw) && !MONTH_STEM.test(raw)) continue;
    const lead = raw.match(/^(в|во|на|с|к)\s+/iu)?.[0].length ?? 0;
    const from = start + result.index + lead;
    const written = raw.slice(lead);
    out.push({ text: written, start: from, end: from + written.length, date: iso });
  }
  tokens.forEach((token, index) => {
    if (token.kind !== 'number' || !/^(1[89]|20)\d\d$/.test(token.text)) return;
    if (!YEAR_WORDS.has(tokens[index + 1]?.lower ?? '')) return;
    if (out.some((d) => d.start <= token.start && token.end <= d.end)) return;
    out.push({ text: token.text, start: token.start, end: token.end, date: token.text });
  });
  return out.sort((a, b) => a.start - b.start);
}
