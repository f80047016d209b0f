/**
 * A reported figure as an interval with inclusivity. "143" is [143,143], "at least 143" is
 * [143,inf), "more than 130" is (130,inf). `null` is an unbounded side. Approximate figures
 * ("about 80") carry the band the parser chose plus `approximate: true` so views can draw them
 * as fuzzy and comparisons can say so.
 */
export interface Figure {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  approximate: boolean;
  /** The central number the text states (143 for "at least 143"), when there is one. */
  value?: number;
  /** How the figure was stated: exact, lower-bound, upper-bound, range, approximate, vague. */
  kind?: FigureKind;
  /**
   * Words before the number that may qualify it in a language we have no table for ("دست کم"
   * before "13"): the interval is then left open, since we cannot say which bound they set.
   */
  unreadQualifier?: string;
}

export type FigureKind =
  'exact' | 'lower-bound' | 'upper-bound' | 'range' | 'approximate' | 'vague';

/** A figure found in a text, with UTF-16 offsets [start, end) into that text. */
export interface FoundFigure extends Figure {
  text: string;
  start: number;
  end: number;
  /**
   * The noun the figure counts when one follows it ("people", "plots", "Tajiks"); "percent" for
   * percentages; an ISO currency code ("USD") for amounts written with a currency sign.
   */
  unit?: string;
  /** UTF-16 offsets [unitStart, unitEnd) of the counted noun, when it is a separate span. */
  unitStart?: number;
  unitEnd?: number;
}
