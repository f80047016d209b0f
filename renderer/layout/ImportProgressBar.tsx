import type { ImportProgress } from '../sources/use-source-import';
import { cancelImports } from '../workers/import-client';

/**
 * The progress of a source import under way, announced politely to screen readers, with a
 * Cancel that stops the import's worker.
 */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  if (!progress) return null;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      Importing {progress.name}…
      <progress
        max={progress.total}
        value={progress.done}
        aria-label={`Importing ${progress.name}`}
      />
      <button type="button" onClick={cancelImports}>
        Cancel import
      </button>
    </div>
  );
}
