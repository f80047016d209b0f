import type { Suggestion } from '../../core/model/suggestion';
import type { TextMark } from '../editor/SourceView';
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
  return suggestions.map((suggestion) => ({
    id: suggestion.id,
    start: suggestion.start,
    end: suggestion.end,
    attrs: {
      class: `suggestion type-${suggestion.type}${suggestion.id === activeId ? ' active' : ''}${flags.has(suggestion.id) ? ` flag flag-${flags.get(suggestion.id)}` : ''}`,
      'data-mark-id': suggestion.id,
      'data-layer': 'suggestion',
      title: titleOf(suggestion),
    },
  }));
}
