import type { ClaimValue } from '../model/claim';
import type { Figure } from '../quantity/figure';
import { readableDate } from '../text/date-words';
import { describeInterval } from './figures';

/**
 * A figure in analyst notation, marked when approximate: "about 80", ">= 143". The exports and
 * the report print figures this one way, so a value reads the same in every output.
 */
export function figureText(figure: Figure): string {
  // A figure whose qualifier we could not read says so rather than state a bound.
  if (figure.unreadQualifier !== undefined && figure.value !== undefined)
    return `${figure.value} (qualifier not read: ${figure.unreadQualifier})`;
  const text = describeInterval(figure);
  return figure.approximate ? `about ${text}` : text;
}

/**
 * A claim value as plain text: the figure's interval, the date in words, or the text itself.
 * Dates go through {@link readableDate} so no output shows a raw fragment such as "--03-22".
 */
export function claimValueText(value: ClaimValue): string {
  if (value.kind === 'figure') return figureText(value.figure);
  if (value.kind === 'date') return readableDate(value.date);
  return value.text;
}
