import type { ImportCounts } from '../../core/io/export-json';

interface ImportDialogProps {
  fileName: string;
  merge: ImportCounts;
  replace: ImportCounts;
  onApply: (mode: 'merge' | 'replace') => void;
  onCancel: () => void;
}

function describeCounts(counts: ImportCounts): string {
  return `${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.removed} removed, ${counts.sourcesAdded} new sources`;
}

/** Shows what an import would do, both ways, before anything changes. */
export function ImportDialog({ fileName, merge, replace, onApply, onCancel }: ImportDialogProps) {
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Import claims">
        <h2>Import {fileName}</h2>
        <dl className="import-counts">
          <dt>Merge</dt>
          <dd data-testid="merge-counts">{describeCounts(merge)}</dd>
          <dt>Replace</dt>
          <dd data-testid="replace-counts">{describeCounts(replace)}</dd>
        </dl>
        <p>Either way the import is one step you can undo.</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => onApply('merge')}>
            Merge
          </button>
          <button type="button" onClick={() => onApply('replace')}>
            Replace all claims
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
