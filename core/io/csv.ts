import type { Claim } from '../model/claim';
import type { Gazetteer } from '../places/gazetteer';
import type { Project } from '../model/project';
import { deriveGroups, groupsByItem } from '../compare/derive';
import { mergeSources, type SourceInfo } from '../model/source-info';
import { claimValueText } from '../compare/value-text';
import { typedDate } from '../text/date-words';

/** Byte order mark: spreadsheet programs read the file as UTF-8 (accents intact) when it leads. */
export const CSV_BOM = '\uFEFF';
/** RFC 4180 line break. */
export const CSV_EOL = '\r\n';

/** The columns of the claims CSV, in order. */
export const CSV_COLUMNS = [
  'claim id',
  'source id',
  'source',
  'quote',
  'type',
  'event',
  'measure',
  'subject',
  'value',
  'date',
  'date precision',
  'low',
  'high',
  'inclusivity',
  'approximate',
  'attributed to',
  'group id',
  'verdict',
  'source reliability',
  'credibility',
  'tags',
  'note',
  'revision',
] as const;

/** A cell: text (guarded against formulas) or a number (written as it is). */
export type CsvCell = string | number | null;

/** What a spreadsheet skips before it looks for a formula sign: white space, zero-width marks. */
const LEADING_BLANKS = /^[\s\u200B-\u200D\u2060]+/u;
/** Signs that start a formula (= + -) or a function or DDE call (@), once folded to ASCII. */
const FORMULA_SIGN = /^[=+\-@]/;
/** A tab or carriage return first is a DDE trigger by itself (OWASP "CSV Injection"). */
const CONTROL_FIRST = /^[\t\r]/;

/**
 * Neutralises CSV formula injection (OWASP "CSV Injection"): a text cell that a spreadsheet
 * would evaluate gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as
 * text. Evaluated means: it starts with = + - @, a tab or a carriage return; or it reaches one
 * of those signs after leading white space or a line break ("  =1", "\n=1"); or the sign is a
 * full-width or small form that NFKC folds to it (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫), which a spreadsheet
 * may read as the ASCII sign. A quote such as "-40 degrees" therefore reads "'-40 degrees" in
 * the file. Trade-off: a harmless cell such as " - a list item" is prefixed too; being shown
 * an apostrophe is better than running a formula. Numbers are never prefixed: they only ever go
 * in numeric columns as numbers, never as text.
 */
export function guardFormula(text: string): string {
  if (CONTROL_FIRST.test(text)) return `'${text}`;
  const first = text.replace(LEADING_BLANKS, '').slice(0, 1).normalize('NFKC');
  return FORMULA_SIGN.test(first) ? `'${text}` : text;
}

/**
 * One RFC 4180 field: a number bare, as its shortest decimal form; text guarded against
 * formulas and always quoted (inner quotes doubled). RFC 4180 requires quotes only around a
 * comma, a quote, CR or LF; quoting every text cell as well lets a spreadsheet's "quoted field
 * as text" option keep a quote such as "139" or "0012" as text instead of a number.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return `"${guardFormula(cell).replace(/"/g, '""')}"`;
}

/** One CSV record (no line break). */
export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** A date claim's ISO 8601 date and its precision: typed, so no spreadsheet reads "--03-22". */
function dateCells(claim: Claim): [CsvCell, CsvCell] {
  const date = claim.value?.kind === 'date' ? typedDate(claim.value.date) : null;
  return date ? [date.iso, date.precision] : ['', ''];
}

function figureCells(claim: Claim): [CsvCell, CsvCell, CsvCell, CsvCell] {
  if (claim.value?.kind !== 'figure') return [null, null, '', ''];
  const f = claim.value.figure;
  const inclusivity = `${f.low !== null && f.lowInclusive ? '[' : '('}${f.high !== null && f.highInclusive ? ']' : ')'}`;
  return [f.low, f.high, inclusivity, f.approximate ? 'yes' : 'no'];
}

/**
 * The project's claims as CSV, one row per claim in project order: where it sits, what it says
 * (in words; a date also typed as ISO 8601 with its precision; the figure split into low, high,
 * inclusivity "[)" style and approximate; an empty bound is unbounded), who says it, the group and verdict Corroborate computes (the same as the Compare
 * view), the source's Admiralty reliability (A-F), the claim's credibility (1-6, a number),
 * its tags (joined by "; "), its note and its revision flag (changed / orphaned).
 * UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, formula cells neutralised
 * ({@link guardFormula}). Trade-off: the BOM is invisible to spreadsheets but shows up as
 * three bytes to tools that do not expect it (`cut`, old parsers).
 */
export function exportCsv(
  project: Project,
  sources?: readonly SourceInfo[],
  gazetteer?: Gazetteer,
): string {
  const byId = new Map(mergeSources(project, sources).map((s) => [s.id, s]));
  const groupOf = groupsByItem(
    deriveGroups(project, { sources, ...(gazetteer ? { gazetteer } : {}) }).groups,
  );
  const rows = project.claims.map((claim) => {
    const source = byId.get(claim.target.sourceId);
    const group = groupOf.get(claim.id);
    return csvRow([
      claim.id,
      claim.target.sourceId,
      source?.metadata.title ?? claim.target.sourceId,
      claim.target.quote.exact,
      claim.type,
      claim.event,
      claim.measure,
      claim.subject ?? '',
      claim.value ? claimValueText(claim.value) : '',
      ...dateCells(claim),
      ...figureCells(claim),
      claim.attributedTo,
      group?.id ?? '',
      group?.verdict ?? '',
      source?.metadata.reliability ?? '',
      claim.credibility ?? null,
      claim.tags.join('; '),
      claim.note,
      claim.revision?.status ?? '',
    ]);
  });
  return `${CSV_BOM}${[csvRow(CSV_COLUMNS), ...rows].map((row) => row + CSV_EOL).join('')}`;
}
