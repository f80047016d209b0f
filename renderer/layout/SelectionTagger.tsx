import type { ClaimType } from '../../core/model/claim';
import type { PendingSelection } from '../app-state/ui-state';
import { figurePieces, type FigurePiece } from '../claims/figure-pieces';
import { TagMenu } from '../claims/TagMenu';

export interface SelectionTaggerProps {
  selection: PendingSelection | null;
  onStart: () => void;
  onConfirm: (selection: PendingSelection, type: ClaimType, measure: string) => void;
  /** One claim per figure of a selection that holds several. */
  onConfirmEach: (
    selection: PendingSelection,
    pieces: readonly FigurePiece[],
    type: ClaimType,
    measure: string,
  ) => void;
  onCancel: () => void;
}

/**
 * What floats over a text selection: a "Tag claim" button, then the tag menu once the analyst
 * presses it or T. Nothing is shown once the selection is gone or the menu was closed.
 */
export function SelectionTagger({
  selection,
  onStart,
  onConfirm,
  onConfirmEach,
  onCancel,
}: SelectionTaggerProps) {
  if (!selection) return null;
  const { anchorRect, quote, start, end } = selection.range;
  if (!selection.tagging)
    return (
      <button
        type="button"
        className="tag-button"
        style={{ left: anchorRect.left, top: anchorRect.bottom + 6 }}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onStart}
      >
        Tag claim <kbd>T</kbd>
      </button>
    );
  const pieces = figurePieces(selection.source.text, start, end);
  return (
    <TagMenu
      quote={quote}
      pieces={pieces}
      position={{
        left: Math.min(anchorRect.left, window.innerWidth - 340),
        top: anchorRect.bottom + 6,
        anchorTop: anchorRect.top,
      }}
      onConfirm={(type, measure) => onConfirm(selection, type, measure)}
      onConfirmEach={(type, measure) => onConfirmEach(selection, pieces, type, measure)}
      onCancel={onCancel}
    />
  );
}
