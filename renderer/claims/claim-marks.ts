import type { Claim } from '../../core/model/claim';
import type { TextMark } from '../editor/text-mark';
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
    const flag = flags.get(claim.id);
    const selected = claim.id === selectedId;
    // The same claim drawn the same way gives the same mark object, so the editor's diff of its
    // highlights (see highlights-plugin.ts) compares unchanged marks by identity.
    const key = `${start}:${end}:${selected ? 1 : 0}:${flag ?? ''}:${changed?.oldQuote ?? '\u0000'}`;
    const known = drawnMarks.get(claim);
    if (known?.key === key) return known.mark;
    const mark = markOf(claim, { start, end, selected, flag, changedFrom: changed?.oldQuote });
    drawnMarks.set(claim, { key, mark });
    return mark;
  });
}

/**
 * The highlights of claims just tagged, as claimMarks will draw them once the project holds
 * them (the first one selected, as tagging selects it): what the source view shows ahead of
 * that render (see editor/provisional-highlights.ts).
 */
export function provisionalMarks(claims: readonly Claim[]): TextMark[] {
  return claims.map((claim, index) => {
    const { start, end } = claim.target.position;
    const state = { start, end, selected: index === 0, flag: undefined, changedFrom: undefined };
    return markOf(claim, state);
  });
}

/** The last mark made for each claim value, with what it was made from. */
const drawnMarks = new WeakMap<Claim, { key: string; mark: TextMark }>();

/** How one claim is drawn: where, and the state its colour and tooltip show. */
interface MarkState {
  start: number;
  end: number;
  selected: boolean;
  flag: ItemFlag | undefined;
  /** The words the claim quoted before this revision changed them, when it did. */
  changedFrom: string | undefined;
}

function markOf(claim: Claim, { start, end, selected, flag, changedFrom }: MarkState): TextMark {
  const changed = changedFrom !== undefined;
  const details = [...summaryOf(claim)];
  if (changed) details.push(`value changed: was “${changedFrom}”`);
  const revised = claim.revision?.status === 'changed';
  if (revised) details.push(`value changed in a revision: was “${claim.revision?.oldQuote}”`);
  if (flag) details.push(`flagged: ${flag}`);
  return {
    id: claim.id,
    start,
    end,
    attrs: {
      class: `claim type-${claim.type}${selected ? ' selected' : ''}${changed || revised ? ' changed' : ''}${flag ? ` flag flag-${flag}` : ''}`,
      'data-mark-id': claim.id,
      'data-layer': 'claim',
      title: details.join(' · '),
    },
  };
}
