import { useMemo } from 'react';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import type { WorkspaceView } from '../app-state/use-workspace-view';
import { claimMarks } from '../claims/claim-marks';
import { SourcePane } from '../components/SourcePane';
import type { FocusRequest, TextSelection } from '../editor/SourceView';
import { suggestionMarks } from '../suggestions/suggestion-marks';
import { chooseColumn, removeColumn, type Columns } from '../workspace/columns';

export interface PaneColumnsProps {
  view: Pick<WorkspaceView, 'sources' | 'sourceById' | 'placements' | 'pending' | 'flags'>;
  columns: Columns;
  selectedClaimId: string | null;
  activeSuggestionId: string | null;
  focus: ReadonlyMap<string, FocusRequest>;
  onColumns: (columns: Columns) => void;
  onEditDetails: (sourceId: string) => void;
  onRevise: (source: Source) => void;
  onSelect: (source: Source, range: TextSelection | null) => void;
  onTagKey: () => void;
  onClaimClick: (claimId: string) => void;
  onSuggestionClick: (suggestion: Suggestion) => void;
}

const NO_MARKS: never[] = [];

/**
 * The sources side by side, one pane per column, with their claims and pending suggestions
 * underlined. From four panes on, headers are compact and panes keep a readable width, the
 * row scrolling sideways instead of squeezing every text.
 */
export function PaneColumns(props: PaneColumnsProps) {
  const { view, columns, selectedClaimId, activeSuggestionId } = props;
  const { sources, sourceById, placements, pending, flags } = view;
  // Highlights are made for the sources on screen only: a tag in a project of 200 sources made
  // the marks of all 200 (20,000 claims) before the frame that showed it.
  const shownKey = columns.join('\u0000');
  const shownIds = useMemo(() => (shownKey ? shownKey.split('\u0000') : []), [shownKey]);
  const marks = useMemo(
    () =>
      new Map(shownIds.map((id) => [id, claimMarks(placements.get(id), selectedClaimId, flags)])),
    [shownIds, placements, selectedClaimId, flags],
  );
  const pendingMarks = useMemo(
    () =>
      new Map(
        shownIds.map((id) => [
          id,
          suggestionMarks(pending.get(id) ?? [], activeSuggestionId, flags),
        ]),
      ),
    [shownIds, pending, activeSuggestionId, flags],
  );
  const choices = useMemo(
    () => sources.map((source) => ({ id: source.id, title: source.metadata.title })),
    [sources],
  );
  const shown = columns
    .map((sourceId) => sourceById.get(sourceId))
    .filter((source): source is Source => source !== undefined);
  return (
    <main className={`panes${shown.length >= 4 ? ' many' : ''}`} data-pane-count={shown.length}>
      {shown.map((source, index) => (
        <SourcePane
          key={source.id}
          source={source}
          position={index + 1}
          choices={choices}
          onEditDetails={() => props.onEditDetails(source.id)}
          onRevise={() => props.onRevise(source)}
          onChoose={(id) => props.onColumns(chooseColumn(columns, index, id))}
          onClose={
            columns.length > 1 ? () => props.onColumns(removeColumn(columns, index)) : undefined
          }
          claimMarks={marks.get(source.id) ?? NO_MARKS}
          suggestionMarks={pendingMarks.get(source.id) ?? NO_MARKS}
          focus={props.focus.get(source.id) ?? null}
          onSelect={props.onSelect}
          onTagKey={props.onTagKey}
          onMarkClick={(id, layer) => {
            if (layer === 'claim') return props.onClaimClick(id);
            const suggestion = pending.get(source.id)?.find((item) => item.id === id);
            if (suggestion) props.onSuggestionClick(suggestion);
          }}
        />
      ))}
    </main>
  );
}
