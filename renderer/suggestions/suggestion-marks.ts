import type { Suggestion } from '../../core/model/suggestion';
import type { TextMark } from '../editor/SourceView';
import { claimTypeInfo } from '../claims/claim-types';
import { valueSummary } from '../claims/figure-text';
import type { ItemFlag } from '../compare/flags';

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
      title: `Suggested ${claimTypeInfo(suggestion.type).label.toLowerCase()}: ${[suggestion.measure, valueSummary(suggestion.value), suggestion.eventCue].filter(Boolean).join(' · ')} (click to review)`,
    },
  }));
}
