import type { Suggestion } from '../../core/model/suggestion';
import type { TextMark } from '../editor/text-mark';
import { claimTypeInfo } from '../claims/claim-types';
import { valueSummary } from '../claims/figure-text';
import type { ItemFlag } from '../compare/flags';

/**
 * Each suggestion's tooltip, made once per suggestion value: the marks are rebuilt on every
 * change of flags or selection, and formatting thousands of figures again each time showed in
 * profiles of tagging on a long source.
 */
const titles = new WeakMap<Suggestion, string>();

function titleOf(suggestion: Suggestion): string {
  let title = titles.get(suggestion);
  if (title === undefined) {
    title = `Suggested ${claimTypeInfo(suggestion.type).label.toLowerCase()}: ${[suggestion.measure, valueSummary(suggestion.value), suggestion.eventCue].filter(Boolean).join(' · ')} (click to review)`;
    titles.set(suggestion, title);
  }
  return title;
}

/** Faint dashed underlines for pending suggestions, coloured by type, the suggestion as tooltip. */
export function suggestionMarks(
  suggestions: readonly Suggestion[],
  activeId: string | null,
  flags: ReadonlyMap<string, ItemFlag> = new Map(),
): TextMark[] {
  return suggestions.map((suggestion) => {
    const active = suggestion.id === activeId;
    const flag = flags.get(suggestion.id);
    // The same suggestion drawn the same way keeps its mark object (see claim-marks.ts).
    const key = `${active ? 1 : 0}:${flag ?? ''}`;
    const known = drawnMarks.get(suggestion);
    if (known?.key === key) return known.mark;
    const mark: TextMark = {
      id: suggestion.id,
      start: suggestion.start,
      end: suggestion.end,
      attrs: {
        class: `suggestion type-${suggestion.type}${active ? ' active' : ''}${flag ? ` flag flag-${flag}` : ''}`,
        'data-mark-id': suggestion.id,
        'data-layer': 'suggestion',
        title: titleOf(suggestion),
      },
    };
    drawnMarks.set(suggestion, { key, mark });
    return mark;
  });
}

/** The last mark made for each suggestion value, with the state it was drawn in. */
const drawnMarks = new WeakMap<Suggestion, { key: string; mark: TextMark }>();
