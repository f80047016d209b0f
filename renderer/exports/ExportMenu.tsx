import { MenuButton } from '../components/MenuButton';
import { EXPORT_LABELS, type ExportFormat } from './labels';

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
  return (
    <MenuButton
      label="Export as…"
      className="export-menu"
      items={formats.map((format) => ({ label: LABELS[format], onSelect: () => onExport(format) }))}
    />
  );
}
