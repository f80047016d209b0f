import type { ClaimType } from '../../core/model/claim';
import type { PendingSelection } from '../app-state/ui-state';
import { TagMenu } from '../claims/TagMenu';

export interface SelectionTaggerProps {
  selection: PendingSelection | null;
  onStart: () => void;
  onConfirm: (selection: PendingSelection, type: ClaimType, measure: string) => void;
  onCancel: () => void;
}

/**
 * What floats over a text selection: a "Tag claim" button, then the tag menu once the analyst
 * presses it or T. Nothing is shown once the selection is gone or the menu was closed.
 */
export function SelectionTagger({ selection, onStart, onConfirm, onCancel }: SelectionTaggerProps) {
  if (!selection) return null;
  const { anchorRect, quote } = selection.range;
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
  return (
    <TagMenu
      quote={quote}
      position={{
        left: Math.min(anchorRect.left, window.innerWidth - 340),
        top: anchorRect.bottom + 6,
        anchorTop: anchorRect.top,
      }}
      onConfirm={(type, measure) => onConfirm(selection, type, measure)}
      onCancel={onCancel}
    />
  );
}
