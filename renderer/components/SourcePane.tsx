import type { CSSProperties } from 'react';
import type { Source } from '../../core/model/source';
import { SourceView, type FocusRequest, type TextSelection } from '../editor/SourceView';
import type { TextMark } from '../editor/text-mark';
import { SourceHeader } from './SourceHeader';

interface SourcePaneProps {
  source: Source;
  position: number;
  claimMarks: readonly TextMark[];
  suggestionMarks: readonly TextMark[];
  focus: FocusRequest | null;
  onSelect: (source: Source, selection: TextSelection | null) => void;
  onTagKey: () => void;
  onMarkClick: (id: string, layer: 'claim' | 'suggestion') => void;
  /** Every source the pane can show, to switch it; absent with a single source. */
  choices?: readonly { id: string; title: string }[];
  onChoose?: (sourceId: string) => void;
  /** Replaces the source with a newer version of the same article. */
  onRevise?: () => void;
  /** Opens the source's details (metadata, reliability) for editing. */
  onEditDetails?: () => void;
  /** Closes this pane; absent when it is the last one. */
  onClose?: () => void;
}

/** One column: a source's header and its text, scrolling on its own. */
export function SourcePane(props: SourcePaneProps) {
  const { source, position } = props;
  return (
    <section
      className="source-pane"
      aria-label={`Source ${position}: ${source.metadata.title}`}
      data-testid="source-pane"
      data-source-id={source.id}
      data-coloured={source.metadata.colour ? 'true' : undefined}
      style={
        source.metadata.colour
          ? ({ '--source-colour': source.metadata.colour } as CSSProperties)
          : undefined
      }
    >
      {props.choices && props.choices.length > 1 ? (
        <div className="pane-tools">
          <select
            aria-label={`Source shown in pane ${position}`}
            value={source.id}
            onChange={(event) => props.onChoose?.(event.target.value)}
          >
            {props.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.title}
              </option>
            ))}
          </select>
          {props.onClose ? (
            <button type="button" onClick={props.onClose} aria-label={`Close pane ${position}`}>
              ×
            </button>
          ) : null}
        </div>
      ) : null}
      <SourceHeader source={source} onEdit={props.onEditDetails} onRevise={props.onRevise} />
      <div className="source-scroll" tabIndex={-1}>
        <SourceView
          source={source}
          label={`Text of ${source.metadata.title}`}
          claimMarks={props.claimMarks}
          suggestionMarks={props.suggestionMarks}
          focus={props.focus}
          onSelect={(selection) => props.onSelect(source, selection)}
          onTagKey={props.onTagKey}
          onMarkClick={props.onMarkClick}
        />
      </div>
    </section>
  );
}
