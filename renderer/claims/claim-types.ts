import type { ClaimType } from '../../core/model/claim';
import { CASUALTY_MEASURES, COUNT_MEASURES } from '../../core/model/claim';

/** How the UI presents each claim type: its label, the digit that picks it, its measures. */
export interface ClaimTypeInfo {
  type: ClaimType;
  label: string;
  digit: string;
  /** Measures offered for this type; the first is the default. */
  measures: readonly string[];
}

export const CLAIM_TYPES: readonly ClaimTypeInfo[] = [
  { type: 'casualty', label: 'Casualty figure', digit: '1', measures: CASUALTY_MEASURES },
  { type: 'count', label: 'Count', digit: '2', measures: COUNT_MEASURES },
  {
    type: 'attribution',
    label: 'Attribution of responsibility',
    digit: '3',
    measures: ['responsibility'],
  },
  { type: 'date', label: 'Date', digit: '4', measures: ['date'] },
  { type: 'location', label: 'Location', digit: '5', measures: ['place'] },
  { type: 'actor', label: 'Actor', digit: '6', measures: ['actor'] },
  { type: 'statement', label: 'Statement', digit: '7', measures: ['statement'] },
  { type: 'other', label: 'Other', digit: '8', measures: ['other'] },
];

/** The presentation of a claim type. */
export function claimTypeInfo(type: ClaimType): ClaimTypeInfo {
  return CLAIM_TYPES.find((info) => info.type === type) ?? CLAIM_TYPES[CLAIM_TYPES.length - 1]!;
}
