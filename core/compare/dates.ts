import type { FigureComparison } from './figures';

/**
 * A partial ISO date read as the span of days it covers: "2024" is the whole year, "2024-03"
 * the month, "2024-03-22" one day, "2022/2023" an ISO interval. Year-less dates ("--03-22",
 * written when a text says "March 22" without a year) keep only month and day.
 */
export type DateSpan =
  { kind: 'span'; start: number; end: number } | { kind: 'yearless'; month: number; day?: number };

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseFull(text: string): { start: number; end: number } | null {
  const match = FULL.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return {
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month, daysInMonth(year, month)),
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const at = dayNumber(year, month, day);
  return { start: at, end: at };
}

/** Spans already read, by text: a project has few distinct dates, read again for every pair. */
const spanCache = new Map<string, DateSpan | null>();
const SPAN_CACHE_LIMIT = 4096;

/**
 * Reads a partial ISO date, an ISO interval ("2022-04/2022-05") or a year-less date into the
 * days it covers; null for anything else. Partial dates are intervals, not points, so that
 * "2024-03" and "2024-03-22" can be found compatible rather than different. Grouping asks for the
 * same few dates thousands of times, so answers are kept (frozen: they are shared).
 */
export function parseDateSpan(text: string): DateSpan | null {
  const cached = spanCache.get(text);
  if (cached !== undefined) return cached;
  const span = readDateSpan(text);
  if (spanCache.size >= SPAN_CACHE_LIMIT) spanCache.clear();
  spanCache.set(text, span && Object.freeze(span));
  return span;
}

function readDateSpan(text: string): DateSpan | null {
  const trimmed = text.trim();
  const yearless = YEARLESS.exec(trimmed);
  if (yearless) {
    const month = Number(yearless[1]);
    if (month < 1 || month > 12) return null;
    return yearless[2] === undefined
      ? { kind: 'yearless', month }
      : { kind: 'yearless', month, day: Number(yearless[2]) };
  }
  const [from, to, ...extra] = trimmed.split('/');
  if (from === undefined || extra.length > 0) return null;
  const start = parseFull(from);
  const end = to === undefined ? start : parseFull(to);
  if (!start || !end || end.end < start.start) return null;
  return { kind: 'span', start: start.start, end: end.end };
}

function monthDayOf(day: number): { month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True when a span contains some day with the year-less date's month (and day, if given). */
function spanMeetsYearless(
  span: { start: number; end: number },
  md: { month: number; day?: number },
): boolean {
  if (span.end - span.start >= 366) return true;
  for (let day = span.start; day <= span.end; day += 1) {
    const at = monthDayOf(day);
    if (at.month === md.month && (md.day === undefined || at.day === md.day)) return true;
  }
  return false;
}

/** True when two date spans share at least one possible day. */
export function datesOverlap(a: DateSpan, b: DateSpan): boolean {
  if (a.kind === 'span' && b.kind === 'span') return a.start <= b.end && b.start <= a.end;
  if (a.kind === 'yearless' && b.kind === 'yearless') {
    return a.month === b.month && (a.day === undefined || b.day === undefined || a.day === b.day);
  }
  const span = a.kind === 'span' ? a : (b as { start: number; end: number });
  const yearless = a.kind === 'yearless' ? a : (b as { month: number; day?: number });
  return spanMeetsYearless(span, yearless);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Writes a span back as the shortest ISO form: a year, a month, a day or an interval. */
export function formatDateSpan(span: DateSpan): string {
  if (span.kind === 'yearless') {
    const month = String(span.month).padStart(2, '0');
    return span.day === undefined
      ? `--${month}`
      : `--${month}-${String(span.day).padStart(2, '0')}`;
  }
  const start = isoOfDay(span.start);
  const end = isoOfDay(span.end);
  if (start === end) return start;
  const lastOfMonth = (iso: string) => {
    const [y, m] = iso.split('-').map(Number);
    return daysInMonth(y ?? 1970, m ?? 1);
  };
  if (
    start.slice(0, 7) === end.slice(0, 7) &&
    start.endsWith('-01') &&
    Number(end.slice(8)) === lastOfMonth(end)
  ) {
    return start.slice(0, 7);
  }
  if (start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31')) {
    return start.slice(0, 4);
  }
  return `${start}/${end}`;
}

/** The result of comparing dates: like figures, with the overlap written as an ISO date. */
export interface DateComparison {
  verdict: FigureComparison['verdict'];
  overlap?: string;
}

function sameSpan(a: DateSpan, b: DateSpan): boolean {
  return formatDateSpan(a) === formatDateSpan(b);
}

/**
 * Compares reported dates as the day spans they cover: identical spans agree ("2024-03-22" and
 * "2024-03-22"), nested or overlapping ones are compatible ("2024-03" contains "2024-03-22";
 * the overlap is the narrower one), disjoint ones conflict. Unreadable dates are ignored rather
 * than counted as conflicts. Trade-off: a year-less date is compatible with any year.
 */
export function verdictForDates(dates: readonly string[]): DateComparison {
  const spans = [...new Set(dates.map((date) => date.trim()))]
    .map(parseDateSpan)
    .filter((span): span is DateSpan => span !== null);
  for (let i = 0; i < spans.length; i += 1) {
    for (let j = i + 1; j < spans.length; j += 1) {
      if (!datesOverlap(spans[i] as DateSpan, spans[j] as DateSpan)) return { verdict: 'conflict' };
    }
  }
  const first = spans[0];
  if (!first) return { verdict: 'agree' };
  const allSame = spans.every((span) => sameSpan(first, span));
  const full = spans.filter((span) => span.kind === 'span');
  let overlap: string | undefined;
  if (full.length > 0) {
    const start = Math.max(...full.map((span) => span.start));
    const end = Math.min(...full.map((span) => span.end));
    overlap = formatDateSpan({ kind: 'span', start, end });
  } else {
    overlap = formatDateSpan(first);
  }
  return allSame ? { verdict: 'agree', overlap } : { verdict: 'compatible', overlap };
}
