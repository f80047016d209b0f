/** English month names, January first: the one list the readable dates and the parsers share. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The short forms writers use for months ("Jan", "Sept"), lower case. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

/** Every word that names a month, lower case: full names and short forms. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.map((name) => name.toLowerCase()),
  ...MONTH_ABBREVIATIONS,
]);

/** English weekday names, lower case: "Monday" is a day, never a town's name. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * How precisely a partial ISO date is known: to the day, the month or the year; `yearless` for
 * a day or month whose year the text does not give ("22 March"); `interval` for a span.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'yearless' | 'interval';

/** A date as the exports give it: the ISO 8601 form, its precision, and the words a reader sees. */
export interface TypedDate {
  /**
   * ISO 8601: "2024-03-22", "2024-03", "2024", "2022/2023" (interval); a date without a year
   * in the ISO 8601-2 form with the year unspecified, "XXXX-03-22" or "XXXX-03".
   */
  iso: string;
  precision: DatePrecision;
  /** "22 March 2024", "22 March (no year)", "2022 to 2023". */
  text: string;
}

const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;
const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An ISO date as an analyst reads it: "22 March 2024", "March 2024", "2024", a date without a
 * year ("--03-22") as "22 March (no year)", an interval ("2022/2023") as "2022 to 2023".
 * Anything else is shown as written: a date string is never dropped for being unusual.
 */
export function readableDate(iso: string): string {
  const span = iso.split('/');
  if (span.length === 2) return `${readableDate(span[0] ?? '')} to ${readableDate(span[1] ?? '')}`;
  const yearless = YEARLESS.exec(iso);
  if (yearless) {
    const month = MONTH_NAMES[Number(yearless[1]) - 1];
    if (!month) return iso;
    return `${yearless[2] ? `${Number(yearless[2])} ` : ''}${month} (no year)`;
  }
  const full = FULL.exec(iso);
  if (!full) return iso;
  const month = full[2] ? MONTH_NAMES[Number(full[2]) - 1] : undefined;
  if (full[2] && !month) return iso;
  return [full[3] ? String(Number(full[3])) : null, month, full[1]].filter(Boolean).join(' ');
}

/** The precision of a partial ISO date, or null when the text is not one. */
export function datePrecision(iso: string): DatePrecision | null {
  if (iso.split('/').length === 2) return 'interval';
  const yearless = YEARLESS.exec(iso);
  if (yearless) return 'yearless';
  const full = FULL.exec(iso);
  if (!full) return null;
  return full[3] ? 'day' : full[2] ? 'month' : 'year';
}

/**
 * The ISO 8601 form an export writes: the stored form, except that a date without a year
 * ("--03-22", ISO 8601:2004's truncated form) becomes ISO 8601-2's "XXXX-03-22" (year
 * unspecified). Why: a cell starting with "-" is a formula to a spreadsheet, so a CSV would
 * have to guard it as "'--03-22"; the X form is still ISO and reads as text everywhere.
 */
export function exportIso(iso: string): string {
  return iso
    .split('/')
    .map((part) => (YEARLESS.test(part) ? `XXXX${part.slice(1)}` : part))
    .join('/');
}

/**
 * A date typed for export: machine-readable ISO with its precision beside the words, so a
 * spreadsheet or another tool never has to guess what "--03-22" meant. Null for a text that is
 * not a partial ISO date.
 */
export function typedDate(iso: string | null | undefined): TypedDate | null {
  if (!iso) return null;
  const precision = datePrecision(iso);
  return precision ? { iso: exportIso(iso), precision, text: readableDate(iso) } : null;
}
