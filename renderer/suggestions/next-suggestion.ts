import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import { CLAIM_TYPES } from '../claims/claim-types';

/** The pending suggestions in the order the Suggestions panel lists them: by source, then type. */
export function panelOrder(
  sources: readonly Source[],
  pending: ReadonlyMap<string, readonly Suggestion[]>,
): Suggestion[] {
  return sources.flatMap((source) => {
    const items = pending.get(source.id) ?? [];
    return CLAIM_TYPES.flatMap((info) => items.filter((item) => item.type === info.type));
  });
}

/**
 * The suggestion to move to once `handled` are accepted or dismissed: the first one left after
 * the first handled one in the panel's order, else the last one before it, else none. Keeps the
 * analyst's place so A, A, D walks down the list from the keyboard.
 */
export function nextSuggestionId(
  sources: readonly Source[],
  pending: ReadonlyMap<string, readonly Suggestion[]>,
  handled: readonly Suggestion[],
): string | null {
  const order = panelOrder(sources, pending);
  const gone = new Set(handled.map((item) => item.id));
  const at = order.findIndex((item) => gone.has(item.id));
  if (at < 0) return null;
  const after = order.slice(at).find((item) => !gone.has(item.id));
  const before = order
    .slice(0, at)
    .reverse()
    .find((item) => !gone.has(item.id));
  return (after ?? before)?.id ?? null;
}
