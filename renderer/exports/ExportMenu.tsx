import { useRef } from 'react';
import { EXPORT_LABELS, type ExportFormat } from './formats';

export type MenuFormat = ExportFormat | 'report-pdf';

/** The formats every host can write; the desktop app adds the report as PDF. */
export const EXPORT_MENU: MenuFormat[] = ['w3c', 'csv', 'report'];

const LABELS: Record<MenuFormat, string> = {
  ...EXPORT_LABELS,
  'report-pdf': 'Discrepancy report (PDF)',
};

/** "Export as…": the standard formats beside the JSON button. */
export function ExportMenu({
  formats,
  onExport,
}: {
  formats: readonly MenuFormat[];
  onExport: (format: MenuFormat) => void;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="export-menu" ref={menu}>
      <summary>Export as…</summary>
      <ul role="menu">
        {formats.map((format) => (
          <li key={format} role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                menu.current?.removeAttribute('open');
                onExport(format);
              }}
            >
              {LABELS[format]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
