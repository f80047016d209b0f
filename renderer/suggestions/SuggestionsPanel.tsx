import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ClaimType } from '../../core/model/claim';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import { claimTypeInfo, CLAIM_TYPES } from '../claims/claim-types';
import { valueSummary } from '../claims/figure-text';
import { VirtualSections, type RowProps, type Section } from '../components/VirtualSections';

interface SuggestionsPanelProps {
  sources: readonly Source[];
  pending: ReadonlyMap<string, Suggestion[]>;
  activeId: string | null;
  /** Moves the keyboard focus to the active suggestion (not when it was clicked in the text). */
  focusActive?: boolean;
  onActivate: (suggestion: Suggestion) => void;
  onAccept: (suggestions: Suggestion[]) => void;
  onDismiss: (suggestions: Suggestion[]) => void;
}

/**
 * Claims Corroborate found by itself, per source and type. A focused suggestion is accepted with
 * A or Enter and dismissed with D or Delete; "Accept all" takes every suggestion of one type.
 */
export function SuggestionsPanel({
  sources,
  pending,
  activeId,
  focusActive = true,
  onActivate,
  onAccept,
  onDismiss,
}: SuggestionsPanelProps) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!activeId) return;
    const find = () =>
      list.current?.querySelector<HTMLElement>(`[data-suggestion-id="${CSS.escape(activeId)}"]`);
    const reveal = (item: HTMLElement) => {
      item.scrollIntoView({ block: 'nearest' });
      if (focusActive) item.focus();
    };
    const item = find();
    if (item) return reveal(item);
    // A long list draws only the rows in view: it scrolls to the row first, then it exists.
    const frame = requestAnimationFrame(() => {
      const drawn = find();
      if (drawn) reveal(drawn);
    });
    return () => cancelAnimationFrame(frame);
  }, [activeId, focusActive]);

  // Read when clicked: the panel's parent makes a new callback on every render, and the sections
  // (20,000 rows on a large project) are made once per pending list, not once per render.
  const accept = useRef(onAccept);
  accept.current = onAccept;
  // Per source, its heading, then one section per type of suggestion it still has.
  const sections = useMemo(
    () =>
      sources.flatMap((source): Section<Suggestion>[] => {
        const items = pending.get(source.id) ?? [];
        const byType = CLAIM_TYPES.map((info) => ({
          info,
          items: items.filter((item) => item.type === info.type),
        })).filter((entry) => entry.items.length);
        const heading: Section<Suggestion> = {
          key: source.id,
          className: 'claims-group',
          items: [],
          head: (
            <>
              <h3 title={source.metadata.title}>{source.metadata.title}</h3>
              {byType.length === 0 ? <p className="empty">Nothing left to review.</p> : null}
            </>
          ),
        };
        return [
          heading,
          ...byType.map(({ info, items: ofType }) => ({
            key: `${source.id}:${info.type}`,
            className: 'suggestion-type',
            items: ofType,
            head: (
              <div className="suggestion-type-head">
                <span className={`legend-item type-${info.type}`}>
                  <span className="swatch" aria-hidden="true" />
                  {info.label} ({ofType.length})
                </span>
                <button
                  type="button"
                  onClick={() => accept.current(ofType)}
                  aria-label={`Accept all ${info.label} suggestions in ${source.metadata.title}`}
                >
                  Accept all
                </button>
              </div>
            ),
          })),
        ];
      }),
    [sources, pending],
  );
  const onKey = (suggestion: Suggestion) => (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (key === 'a' || key === 'enter') onAccept([suggestion]);
    else if (key === 'd' || key === 'delete' || key === 'backspace') onDismiss([suggestion]);
    else return;
    event.preventDefault();
  };

  return (
    <section
      className="suggestions-panel"
      aria-label="Suggestions"
      ref={list}
      data-testid="suggestions-panel"
    >
      <p className="panel-help">
        Found by Corroborate. <kbd>A</kbd> accept · <kbd>D</kbd> dismiss (remembered).
      </p>
      <VirtualSections
        sections={sections}
        listClassName="claims-list"
        getKey={suggestionKey}
        estimateRow={64}
        estimateHead={32}
        revealKey={activeId}
        renderRow={(suggestion, row) => (
          <SuggestionItem
            row={row}
            suggestion={suggestion}
            active={suggestion.id === activeId}
            onActivate={onActivate}
            onAccept={onAccept}
            onDismiss={onDismiss}
            onKeyDown={onKey(suggestion)}
          />
        )}
      />
    </section>
  );
}

/** A suggestion's row key. */
function suggestionKey(suggestion: Suggestion): string {
  return suggestion.id;
}

interface ItemProps {
  row: RowProps;
  suggestion: Suggestion;
  active: boolean;
  onActivate: (suggestion: Suggestion) => void;
  onAccept: (suggestions: Suggestion[]) => void;
  onDismiss: (suggestions: Suggestion[]) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

function SuggestionItem({
  row,
  suggestion,
  active,
  onActivate,
  onAccept,
  onDismiss,
  onKeyDown,
}: ItemProps) {
  const type: ClaimType = suggestion.type;
  const details = [
    suggestion.measure,
    suggestion.subject !== suggestion.measure && suggestion.subject,
    valueSummary(suggestion.value),
    suggestion.attributedTo && `according to ${suggestion.attributedTo}`,
    suggestion.attributedTarget && `→ ${suggestion.attributedTarget}`,
    suggestion.eventCue,
  ].filter(Boolean);
  return (
    <li
      {...row}
      className={`suggestion-item type-${type}${active ? ' selected' : ''}`}
      data-suggestion-id={suggestion.id}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => onActivate(suggestion)}
      aria-label={`${claimTypeInfo(type).label}: ${suggestion.quote}`}
    >
      <span className="claim-item-quote">“{suggestion.quote}”</span>
      <span className="claim-item-meta">{details.join(' · ')}</span>
      <span className="suggestion-actions">
        <button type="button" tabIndex={-1} onClick={() => onAccept([suggestion])}>
          Accept
        </button>
        <button type="button" tabIndex={-1} onClick={() => onDismiss([suggestion])}>
          Dismiss
        </button>
      </span>
    </li>
  );
}
