/**
 * The figure grammar for a table language (table.ts) at one token: vague amount, or qualifier?
 * number (range)? postfix? counted noun?, then the checks that make a number a date, a year, a
 * time, an ordinal or an identifier rather than a figure. Bounded look-around, so a scan is
 * linear. The intervals are the English ones (intervals.ts): one semantics for every language.
 */
import type { Figure, FoundFigure } from '../figure';
import type { ReadNumber } from '../digits';
import { scaleExactly } from '../digits';
import { locate, SKIP } from '../figure-at';
import { intervalFor, rangeFigure } from '../intervals';
import { rangeUnder } from '../ranges';
import type { QualifierShape } from '../qualifiers';
import type { Match, Scan } from '../scan';
import type { Token } from '../tokens';
import { folded, ordinalRunEnd, readTableNumber } from './numbers';
import { tablePostfix, tablePrefix } from './qualifiers';
import { hasStem, type FigureTable } from './table';
import { readTableVague } from './vague';

const DASHES = new Set(['-', '–', '—', '\u2212']);

/** Words after which "до N" states N rather than bounds it: a change verb within four words. */
function afterChange(table: FigureTable, tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1, seen = 0; k >= 0 && seen < 4; k -= 1) {
    const token = tokens[k];
    if (!token) break;
    if (token.kind === 'punct' && token.text !== '-') break;
    if (token.kind !== 'word') continue;
    seen += 1;
    const word = folded(table, token);
    if (hasStem(word, table.changeVerbStems)) return true;
    // "с 11 до 14": the "from" of a change names the old figure, "до" the new one.
    if (table.changeFrom.has(word) && tokens[k + 1]?.kind === 'number') return true;
  }
  return false;
}

/** The figure's own first token and the figure made from tokens[start, end). */
function made(scan: Scan, figure: Figure, start: number, end: number): FoundFigure {
  const first = scan.tokens[start];
  const last = scan.tokens[end - 1];
  const from = first?.start ?? 0;
  const to = last?.end ?? from;
  return locate(figure, scan.text.slice(from, to), from, to);
}

/** The counted noun after a figure ("137 человек"), or "percent" for "%" and "процентов". */
function withUnit(table: FigureTable, scan: Scan, figure: FoundFigure, at: number): Match {
  const token = scan.tokens[at];
  const word = folded(table, token);
  if (token && (token.text === '%' || hasStem(word, table.percentStems))) {
    figure.unit = 'percent';
    figure.unitStart = token.start;
    figure.unitEnd = token.end;
    return { figure, next: at + 1 };
  }
  const verb = word.length > 3 && table.verbEndings.some((end) => word.endsWith(end));
  if (token?.kind === 'word' && !verb && !table.notUnits.has(word) && !table.numberWords[word]) {
    figure.unit = token.text;
    figure.unitStart = token.start;
    figure.unitEnd = token.end;
  }
  return { figure, next: at };
}

/** What after a number makes it no figure: SKIP (consume), null (not a figure), or undefined. */
function notAFigure(
  table: FigureTable,
  tokens: readonly Token[],
  number: ReadNumber,
  shaped: boolean,
): Match | null | undefined {
  const n = number.next;
  const after = tokens[n];
  const glued = tokens[n + 1];
  const before = tokens[number.first - 1];
  if (before && table.identifierWords.has(folded(table, before) || before.text)) return null;
  if (after && !after.spaceBefore && glued && !glued.spaceBefore) {
    // "22-го", "37-летний": an ordinal or a compound adjective.
    if (DASHES.has(after.text) && glued.kind === 'word') return null;
    // "19:00", "22.03.2024", "12/3": a time or a date.
    if (
      (after.text === ':' || after.text === '.' || after.text === '/') &&
      glued.kind === 'number'
    ) {
      let k = n + 2;
      while (tokens[k] && !tokens[k]?.spaceBefore && tokens[k]?.kind !== 'word') k += 1;
      return { figure: SKIP, next: k };
    }
  }
  if (number.words) return undefined;
  // "в 20.00": where the decimal mark is a comma, a dot between hour and minutes is a time.
  const time = /^([01]?\d|2[0-4])\.[0-5]\d$/.test(tokens[number.first]?.text ?? '');
  if (table.decimalComma && time && number.next === number.first + 1)
    return { figure: SKIP, next: n };
  const word = folded(table, after);
  if (table.dateWords.has(word)) return { figure: SKIP, next: n + 1 };
  const fourDigits =
    /^\d{4}$/.test(tokens[number.first]?.text ?? '') && number.next === number.first + 1;
  if (fourDigits && table.yearWords.has(word)) return { figure: SKIP, next: n + 1 };
  if (number.yearLike && !shaped) return { figure: SKIP, next: n };
  return undefined;
}

/** The second number of "A-B", "A или B", "от A до B", "между A и B", or null. */
function rangeEnd(
  table: FigureTable,
  scan: Scan,
  first: ReadNumber,
  shape: QualifierShape | undefined,
): ReadNumber | null {
  const { tokens, text } = scan;
  const joint = tokens[first.next];
  const word = folded(table, joint);
  const joins =
    shape === 'from'
      ? table.rangeTo.has(word) || (joint !== undefined && DASHES.has(joint.text))
      : shape === 'between'
        ? table.betweenAnd.has(word)
        : (joint !== undefined && DASHES.has(joint.text)) || table.alternatives.has(word);
  if (!joins) return null;
  const second = readTableNumber(table, text, tokens, first.next + 1);
  if (!second || second.words !== first.words) return null;
  return second;
}

/** "от 1,5 до 2 тысяч": the first number takes the scale of the second when it has none. */
function carried(first: ReadNumber, second: ReadNumber): number {
  if (first.scale !== 1 || second.scale === 1) return first.value;
  if (first.value >= second.value / second.scale) return first.value;
  return scaleExactly(first.value, first.decimals, second.scale);
}

/** "двое-трое": two number words joined in one token are a range. */
function hyphenRange(table: FigureTable, scan: Scan, i: number): Match | null {
  const token = scan.tokens[i];
  if (token?.kind !== 'word' || !token.lower.includes('-')) return null;
  const [a, b, extra] = table.fold(token.lower).split('-');
  const low = table.numberWords[a ?? '']?.value;
  const high = table.numberWords[b ?? '']?.value;
  if (extra !== undefined || low === undefined || high === undefined || low >= high) return null;
  const figure = made(scan, rangeFigure(low, high), i, i + 1);
  return withUnit(table, scan, figure, i + 1);
}

const STARTS = new WeakMap<FigureTable, ReadonlySet<string>>();

/** Every word that may begin a figure in the table: number words, nouns, qualifier heads. */
function startWords(table: FigureTable): ReadonlySet<string> {
  let words = STARTS.get(table);
  if (!words) {
    const heads = table.prefixes.map(([phrase]) => phrase.split(' ')[0] ?? '');
    words = new Set([
      ...Object.keys(table.numberWords),
      ...Object.keys(table.countNouns),
      ...Object.keys(table.vaguePlurals),
      ...table.several,
      ...heads.filter((head) => !head.endsWith('*')),
    ]);
    STARTS.set(table, words);
  }
  return words;
}

/** Stems among the qualifier heads ("превыс*"), without their star. */
function startStems(table: FigureTable): string[] {
  return table.prefixes
    .map(([phrase]) => phrase.split(' ')[0] ?? '')
    .filter((head) => head.endsWith('*'))
    .map((head) => head.slice(0, -1));
}
const STEMS = new WeakMap<FigureTable, string[]>();

/** One look-up that rejects most tokens before any rule runs. */
function mayStart(table: FigureTable, token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind !== 'word') return true;
  const word = table.fold(token.lower);
  if (startWords(table).has(word) || word.includes('-')) return true;
  let stems = STEMS.get(table);
  if (!stems) {
    stems = startStems(table);
    STEMS.set(table, stems);
  }
  return hasStem(word, stems);
}

/** Tries to read a figure of a table language starting at token `i`. */
export function tableFigureAt(table: FigureTable, scan: Scan, i: number): Match | null {
  const { tokens, text, options } = scan;
  if (!mayStart(table, tokens[i])) return null;
  const ordinal = ordinalRunEnd(table, tokens, i);
  if (ordinal >= 0) return { figure: SKIP, next: ordinal };
  const vague = readTableVague(table, tokens, i);
  if (vague) return withUnit(table, scan, made(scan, vague.figure, i, vague.next), vague.next);
  const hyphen = hyphenRange(table, scan, i);
  if (hyphen) return hyphen;
  const prefix = tablePrefix(table, tokens, i);
  const j = prefix ? prefix.next : i;
  let shape = prefix?.shape;
  const number = readTableNumber(table, text, tokens, j);
  if (!number) {
    const noun = table.countNouns[folded(table, tokens[j])];
    if (noun !== undefined && shape !== 'from' && shape !== 'between') {
      const figure = intervalFor(shape ?? 'exact', noun, 0, options);
      return withUnit(table, scan, made(scan, figure, i, j + 1), j + 1);
    }
    const after = prefix ? readTableVague(table, tokens, j) : null;
    if (after) return withUnit(table, scan, made(scan, after.figure, i, after.next), after.next);
    return null;
  }
  if (number.loneOne && table.oneIdioms.has(folded(table, tokens[number.next]))) return null;
  let start = i;
  // "возросло до 143" states 143; "могли погибнуть до 40" is at most 40.
  if (
    prefix &&
    shape === 'at-most' &&
    table.upTo.has(prefix.head) &&
    afterChange(table, tokens, i)
  ) {
    shape = undefined;
    start = number.first;
  }
  const second = rangeEnd(table, scan, number, shape);
  const end = second ? second.next : number.next;
  const excluded = notAFigure(table, tokens, second ?? number, shape !== undefined);
  if (excluded !== undefined) return excluded;
  if (second) {
    const rangeShape = shape === 'from' || shape === 'between' ? undefined : shape;
    const figure = rangeUnder(rangeShape, carried(number, second), second.value);
    if (figure) return withUnit(table, scan, made(scan, figure, start, end), end);
  }
  if (shape === 'from' || shape === 'between') {
    shape = undefined;
    start = number.first;
  }
  const postfix = shape === undefined ? tablePostfix(table, tokens, number.next) : null;
  const figure = intervalFor(
    postfix?.shape ?? shape ?? 'exact',
    number.value,
    number.decimals,
    options,
  );
  const last = postfix ? postfix.next : number.next;
  return withUnit(table, scan, made(scan, figure, start, last), last);
}
