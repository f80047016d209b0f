import type { TextMark } from '../editor/SourceView';
import type { SourceClaims } from './anchored-claims';
import { claimTypeInfo } from './claim-types';
import { valueSummary } from './figure-text';

/** The highlight of each placed claim: colour by type, the claim in its tooltip. */
export function claimMarks(
  placement: SourceClaims | undefined,
  selectedId: string | null,
): TextMark[] {
  if (!placement) return [];
  return placement.placed.map(({ claim, start, end, changed }) => {
    const details = [
      claimTypeInfo(claim.type).label,
      claim.measure,
      valueSummary(claim.value),
      claim.event,
      claim.attributedTo && `according to ${claim.attributedTo}`,
    ].filter(Boolean);
    if (changed) details.push(`value changed: was “${changed.oldQuote}”`);
    return {
      id: claim.id,
      start,
      end,
      attrs: {
        class: `claim type-${claim.type}${claim.id === selectedId ? ' selected' : ''}${changed ? ' changed' : ''}`,
        'data-mark-id': claim.id,
        'data-layer': 'claim',
        title: details.join(' · '),
      },
    };
  });
}
