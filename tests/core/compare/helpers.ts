import type { ClaimType, ClaimValue } from '../../../core/model/claim';
import type { Figure, FoundFigure } from '../../../core/quantity/figure';
import type { Suggestion } from '../../../core/model/suggestion';
import { itemFromSuggestion, sourceLookup, type ComparableItem } from '../../../core/compare';

/** Figures as the parser would read them, by wording. */
export const F = {
  exact: (n: number): Figure => ({
    low: n,
    high: n,
    lowInclusive: true,
    highInclusive: true,
    approximate: false,
    value: n,
    kind: 'exact',
  }),
  atLeast: (n: number): Figure => ({
    low: n,
    high: null,
    lowInclusive: true,
    highInclusive: false,
    approximate: false,
    value: n,
    kind: 'lower-bound',
  }),
  moreThan: (n: number): Figure => ({
    low: n,
    high: null,
    lowInclusive: false,
    highInclusive: false,
    approximate: false,
    value: n,
    kind: 'lower-bound',
  }),
  upTo: (n: number): Figure => ({
    low: null,
    high: n,
    lowInclusive: false,
    highInclusive: true,
    approximate: false,
    value: n,
    kind: 'upper-bound',
  }),
  fewerThan: (n: number): Figure => ({
    low: null,
    high: n,
    lowInclusive: false,
    highInclusive: false,
    approximate: false,
    value: n,
    kind: 'upper-bound',
  }),
  between: (a: number, b: number): Figure => ({
    low: a,
    high: b,
    lowInclusive: true,
    highInclusive: true,
    approximate: false,
    kind: 'range',
  }),
  /** "about n" with the band already drawn by the parser (10 %). */
  about: (n: number): Figure => ({
    low: n * 0.9,
    high: n * 1.1,
    lowInclusive: true,
    highInclusive: true,
    approximate: true,
    value: n,
    kind: 'approximate',
  }),
  /** "about n" left as a point marked approximate: the comparison draws the band itself. */
  aboutPoint: (n: number): Figure => ({
    low: n,
    high: n,
    lowInclusive: true,
    highInclusive: true,
    approximate: true,
    value: n,
    kind: 'approximate',
  }),
  /** "nearly n": just under n. */
  nearly: (n: number): Figure => ({
    low: n * 0.9,
    high: n,
    lowInclusive: true,
    highInclusive: false,
    approximate: true,
    value: n,
    kind: 'approximate',
  }),
  /** A figure that bounds nothing (both sides open). */
  any: (): Figure => ({
    low: null,
    high: null,
    lowInclusive: false,
    highInclusive: false,
    approximate: false,
  }),
  /** "dozens" / "hundreds": vague lower bounds. */
  vague: (n: number): Figure => ({
    low: n,
    high: null,
    lowInclusive: true,
    highInclusive: false,
    approximate: true,
    kind: 'vague',
  }),
};

export function figureValue(figure: Figure, text?: string): ClaimValue {
  const found: Figure | FoundFigure = text
    ? { ...figure, text, start: 0, end: text.length }
    : figure;
  return { kind: 'figure', figure: found };
}

export interface ItemSpec {
  source: string;
  at?: number;
  type?: ClaimType;
  measure?: string;
  subject?: string;
  cue?: string;
  date?: string;
  value?: ClaimValue | null;
  figure?: Figure;
  text?: string;
  by?: string;
  target?: string;
  published?: string | null;
}

let counter = 0;

/** A comparable item built the way the extractor's suggestions arrive. */
export function item(spec: ItemSpec): ComparableItem {
  counter += 1;
  const start = spec.at ?? counter * 100;
  const quote = spec.text ?? spec.target ?? 'quote';
  const type = spec.type ?? (spec.target ? 'attribution' : 'casualty');
  const value: ClaimValue | null =
    spec.value !== undefined
      ? spec.value
      : spec.figure
        ? figureValue(spec.figure, spec.text)
        : spec.target
          ? { kind: 'text', text: spec.target }
          : null;
  const suggestion: Suggestion = {
    id: `${spec.source}:${type}:${start}-${start + quote.length}`,
    sourceId: spec.source,
    type,
    start,
    end: start + quote.length,
    quote,
    measure: spec.measure ?? (spec.target ? 'responsibility' : 'deaths'),
    value,
    attributedTo: spec.by ?? '',
    eventCue: spec.cue ?? '',
  };
  if (spec.subject !== undefined) suggestion.subject = spec.subject;
  if (spec.target !== undefined) suggestion.attributedTarget = spec.target;
  if (spec.date !== undefined) suggestion.eventDate = spec.date;
  const sources = sourceLookup([
    {
      id: spec.source,
      metadata: {
        title: spec.source,
        capture: 'plain-text',
        language: 'en',
        published: spec.published ?? null,
      },
    },
  ]);
  return itemFromSuggestion(suggestion, sources);
}
