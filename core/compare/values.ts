import { readableDate } from '../text/date-words';
import type { ClaimValue } from '../model/claim';
import type { Figure, FoundFigure } from '../quantity/figure';
import { findFigures } from '../quantity/index';
import { targetKey } from './attribution';
import { describeInterval, intervalOf, sameInterval } from './figures';
import type { ComparableItem } from './item';

/** Figures found in quotes, by quote: the same short quotes are read for every listing. */
const figuresByQuote = new Map<string, readonly FoundFigure[]>();
const FIGURES_CACHE_LIMIT = 10_000;

function figuresIn(quote: string): readonly FoundFigure[] {
  let found = figuresByQuote.get(quote);
  if (found === undefined) {
    found = findFigures(quote);
    if (figuresByQuote.size >= FIGURES_CACHE_LIMIT) figuresByQuote.clear();
    figuresByQuote.set(quote, found);
  }
  return found;
}

/**
 * Where a figure sits and how it was worded. Suggestions carry the found figure (its words and
 * offsets), which is used as is when it still lies inside the quote and reads the same there;
 * otherwise (a bare interval, or offsets gone stale after the claim moved) the figure is found
 * again in the claim's quote ("more than 130 people" -> "more than 130"), so explanations quote
 * the source's words rather than our notation.
 */
export function figureSpan(
  figure: Figure,
  quote: string,
  start: number,
): { text: string; start: number; end: number; unit?: string } | null {
  const found = figure as Partial<FoundFigure>;
  if (
    found.text !== undefined &&
    found.start !== undefined &&
    found.end !== undefined &&
    found.start >= start &&
    found.end <= start + quote.length &&
    quote.slice(found.start - start, found.end - start) === found.text
  ) {
    return {
      text: found.text,
      start: found.start,
      end: found.end,
      ...(found.unit ? { unit: found.unit } : {}),
    };
  }
  const wanted = intervalOf(figure);
  const again = figuresIn(quote).find((candidate) => sameInterval(intervalOf(candidate), wanted));
  if (!again) return null;
  const span = { text: again.text, start: start + again.start, end: start + again.end };
  return again.unit ? { ...span, unit: again.unit } : span;
}

/** How a value reads to an analyst: the figure's own words ("at least 143"), a date, a text. */
export function valueText(value: ClaimValue | null, fallback = '', start = 0): string {
  if (!value) return fallback;
  if (value.kind === 'figure') {
    const span = fallback ? figureSpan(value.figure, fallback, start) : null;
    return span?.text.trim() || describeInterval(intervalOf(value.figure));
  }
  if (value.kind === 'date') return readableDate(value.date);
  return value.text;
}

/**
 * Who speaks in a claim, as one key: the source plus the speaker it quotes (or itself). The
 * speaker is normalised like a culprit's name, so "ISKP" and "the Islamic State of Khorasan
 * Province (ISKP)" are one voice.
 */
export function voiceKey(item: ComparableItem): string {
  const speaker = item.attributedTo.trim();
  if (!speaker) return `${item.sourceId}|`;
  let key = speakerKeys.get(speaker);
  if (key === undefined) {
    key = targetKey(speaker);
    if (speakerKeys.size > 10_000) speakerKeys.clear();
    speakerKeys.set(speaker, key);
  }
  return `${item.sourceId}|${key}`;
}

/**
 * Memo tables for the two derived strings every verdict asks for many times. They only cache
 * pure results (keyed by immutable input), so functions stay pure as far as callers can tell.
 */
const speakerKeys = new Map<string, string>();
const valueTexts = new WeakMap<ComparableItem, string>();

/** A voice as shown: "003" for the source itself, "003 (the US)" for a speaker it quotes. */
export function voiceLabel(item: ComparableItem): string {
  const speaker = item.attributedTo.trim();
  const source = item.sourceName ?? item.sourceId;
  return speaker ? `${source} (${speaker})` : source;
}

/** {@link valueText} for an item: figures are quoted from the item's own words. */
export function itemValueText(item: ComparableItem): string {
  let text = valueTexts.get(item);
  if (text === undefined) {
    text = valueText(item.value, item.value?.kind === 'text' ? '' : item.quote, item.start);
    valueTexts.set(item, text);
  }
  return text;
}
