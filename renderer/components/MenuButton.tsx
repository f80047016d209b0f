import { useRef } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

/** A toolbar button that opens a short list of commands (a disclosure, closed after a pick). */
export function MenuButton({
  label,
  items,
  className,
}: {
  label: string;
  items: readonly MenuItem[];
  className?: string;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className={`menu-button${className ? ` ${className}` : ''}`} ref={menu}>
      <summary>{label}</summary>
      <ul role="menu" aria-label={label}>
        {items.map((item) => (
          <li key={item.label} role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                menu.current?.removeAttribute('open');
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
