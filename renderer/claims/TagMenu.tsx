import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimType } from '../../core/model/claim';
import { CLAIM_TYPES, claimTypeInfo } from './claim-types';
import type { FigurePiece } from './figure-pieces';

interface TagMenuProps {
  quote: string;
  /** The selection split at its figures, when it holds two or more (see figurePieces). */
  pieces?: readonly FigurePiece[];
  /** Below the selection; `anchorTop` (the selection's top) lets the menu flip above it. */
  position: { left: number; top: number; anchorTop?: number };
  onConfirm: (type: ClaimType, measure: string) => void;
  /** Tag one claim per piece instead of one claim on the whole selection. */
  onConfirmEach?: (type: ClaimType, measure: string) => void;
  onCancel: () => void;
}

/**
 * The tagging menu: digits pick a type, arrows pick a measure, Enter confirms, Esc cancels. With
 * the mouse, a type's button picks it and a measure's button confirms. A selection holding two
 * figures or more says so (one claim keeps only the first) and offers one claim per figure
 * (Shift+Enter or its button).
 */
export function TagMenu({
  quote,
  pieces = [],
  position,
  onConfirm,
  onConfirmEach,
  onCancel,
}: TagMenuProps) {
  const split = onConfirmEach && pieces.length >= 2 ? onConfirmEach : null;
  const [type, setType] = useState<ClaimType>('casualty');
  const [measureIndex, setMeasureIndex] = useState(0);
  const menu = useRef<HTMLDivElement>(null);
  const measures = claimTypeInfo(type).measures;
  const measure = measures[measureIndex] ?? measures[0] ?? 'other';

  useEffect(() => menu.current?.focus(), []);
  const [placed, setPlaced] = useState(position);
  // The menu always fits the window: below the selection, above it when there is no room, else
  // clamped to the edges (it scrolls inside when the window is shorter than the menu).
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const margin = 8;
    let top = position.top;
    if (top + height > window.innerHeight - margin) {
      const above = (position.anchorTop ?? top) - 6 - height;
      top = above >= margin ? above : window.innerHeight - margin - height;
    }
    // Whatever the selection's place (even scrolled out of the window), the menu stays inside it.
    top = Math.min(top, window.innerHeight - margin - height);
    setPlaced({
      left: Math.max(margin, Math.min(position.left, window.innerWidth - margin - width)),
      top: Math.max(margin, top),
    });
  }, [position.left, position.top, position.anchorTop]);

  const pick = (next: ClaimType) => {
    setType(next);
    setMeasureIndex(0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const byDigit = CLAIM_TYPES.find((info) => info.digit === event.key);
    if (byDigit) pick(byDigit.type);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowRight')
      setMeasureIndex((measureIndex + 1) % measures.length);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft')
      setMeasureIndex((measureIndex - 1 + measures.length) % measures.length);
    else if (event.key === 'Enter' && event.shiftKey && split) split(type, measure);
    else if (event.key === 'Enter') onConfirm(type, measure);
    else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menu}
      className="tag-menu"
      role="dialog"
      aria-label="Tag the selection as a claim"
      tabIndex={-1}
      style={{
        left: placed.left,
        top: placed.top,
        maxHeight: 'calc(100vh - 16px)',
        overflowY: 'auto',
      }}
      onKeyDown={onKeyDown}
      data-testid="tag-menu"
    >
      <p className="tag-menu-quote">“{quote.length > 80 ? `${quote.slice(0, 77)}…` : quote}”</p>
      {split ? (
        <div className="tag-menu-split" role="note" data-testid="tag-menu-split">
          <p>
            This selection holds {pieces.length} figures (
            {pieces.map((piece) => piece.figure).join(', ')}): one claim keeps only the first.
          </p>
          <button type="button" onClick={() => split(type, measure)}>
            Tag {pieces.length} claims, one per figure <kbd>Shift</kbd>+<kbd>Enter</kbd>
          </button>
        </div>
      ) : null}
      <ol className="tag-menu-types">
        {CLAIM_TYPES.map((info) => (
          <li key={info.type}>
            <button
              type="button"
              className={`tag-type type-${info.type}${info.type === type ? ' chosen' : ''}`}
              aria-pressed={info.type === type}
              onClick={() => pick(info.type)}
            >
              <kbd>{info.digit}</kbd> {info.label}
            </button>
          </li>
        ))}
      </ol>
      <div className="tag-menu-measures" role="group" aria-label="Measure">
        {measures.map((name, index) => (
          <button
            type="button"
            key={name}
            className={index === measureIndex ? 'chosen' : ''}
            aria-pressed={index === measureIndex}
            onClick={() => onConfirm(type, name)}
          >
            {name}
          </button>
        ))}
      </div>
      <p className="tag-menu-help">
        <kbd>1</kbd>–<kbd>8</kbd> type · <kbd>←</kbd>
        <kbd>→</kbd> measure · <kbd>Enter</kbd> tag · <kbd>Esc</kbd> cancel
      </p>
    </div>
  );
}
