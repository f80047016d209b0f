import type { Claim } from '../../core/model/claim';
import type { TextMark } from '../editor/SourceView';
import type { SourceClaims } from './anchored-claims';
import { claimTypeInfo } from './claim-types';
import { valueSummary } from './figure-text';
import type { ItemFlag } from '../compare/flags';

/**
 * What a claim's tooltip says about the claim itself, made once per claim value (the marks of
 * every claim are rebuilt whenever one changes, flags move or the selection moves).
 */
const summaries = new WeakMap<Claim, string[]>();

function summaryOf(claim: Claim): string[] {
  let details = summaries.get(claim);
  if (details === undefined) {
    details = [
      claimTypeInfo(claim.type).label,
      claim.measure,
      valueSummary(claim.value),
      claim.event,
      claim.attributedTo && `according to ${claim.attributedTo}`,
    ].filter(Boolean);
    summaries.set(claim, details);
  }
  return details;
}

/** The highlight of each placed claim: colour by type, the claim in its tooltip. */
export function claimMarks(
  placement: SourceClaims | undefined,
  selectedId: string | null,
  flags: ReadonlyMap<string, ItemFlag> = new Map(),
): TextMark[] {
  if (!placement) return [];
  return placement.placed.map(({ claim, start, end, changed }) => {
    const details = [...summaryOf(claim)];
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
