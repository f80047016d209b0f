import type { TextMark } from '../editor/SourceView';
import type { SourceClaims } from './anchored-claims';
import { claimTypeInfo } from './claim-types';
import { valueSummary } from './figure-text';
import type { ItemFlag } from '../compare/flags';

/** The highlight of each placed claim: colour by type, the claim in its tooltip. */
export function claimMarks(
  placement: SourceClaims | undefined,
  selectedId: string | null,
  flags: ReadonlyMap<string, ItemFlag> = new Map(),
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
    const revised = claim.revision?.status === 'changed';
    if (revised) details.push(`value changed in a revision: was “${claim.revision?.oldQuote}”`);
    const flag = flags.get(claim.id);
    if (flag) details.push(`flagged: ${flag}`);
    return {
      id: claim.id,
      start,
      end,
      attrs: {
        class: `claim type-${claim.type}${claim.id === selectedId ? ' selected' : ''}${changed || revised ? ' changed' : ''}${flag ? ` flag flag-${flag}` : ''}`,
        'data-mark-id': claim.id,
        'data-layer': 'claim',
        title: details.join(' · '),
      },
    };
  });
}
