import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimType } from '../../core/model/claim';
import { CLAIM_TYPES, claimTypeInfo } from './claim-types';

interface TagMenuProps {
  quote: string;
  position: { left: number; top: number };
  onConfirm: (type: ClaimType, measure: string) => void;
  onCancel: () => void;
}

/**
 * The tagging menu: digits pick a type, arrows pick a measure, Enter confirms, Esc cancels. With
 * the mouse, a type's button picks it and a measure's button confirms.
 */
export function TagMenu({ quote, position, onConfirm, onCancel }: TagMenuProps) {
  const [type, setType] = useState<ClaimType>('casualty');
  const [measureIndex, setMeasureIndex] = useState(0);
  const menu = useRef<HTMLDivElement>(null);
  const measures = claimTypeInfo(type).measures;
  const measure = measures[measureIndex] ?? measures[0] ?? 'other';

  useEffect(() => menu.current?.focus(), []);

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
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
      data-testid="tag-menu"
    >
      <p className="tag-menu-quote">“{quote.length > 80 ? `${quote.slice(0, 77)}…` : quote}”</p>
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
