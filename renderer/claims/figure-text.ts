import { describeInterval, intervalOf } from '../../core/compare/figures';
import type { ClaimValue } from '../../core/model/claim';
import { readableDate } from '../components/format';

/** A claim's value in one short line for lists and tooltips. */
export function valueSummary(value: ClaimValue | null): string {
  if (!value) return '';
  if (value.kind === 'figure')
    return `${value.figure.approximate ? '≈ ' : ''}${describeInterval(intervalOf(value.figure))}`;
  if (value.kind === 'date') return readableDate(value.date);
  return value.text;
}
