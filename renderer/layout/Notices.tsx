import type { Notice } from '../app-state/ui-state';
import type { SaveStatus } from '../workspace/use-workspace';

export interface NoticesProps {
  loading: boolean;
  loadError: string | null;
  /** Titles of sources whose stored text does not match its fingerprint. */
  damaged: readonly string[];
  save: SaveStatus | null;
  notice: Notice | null;
  onDismiss: () => void;
}

/** What went wrong (or right) at the workspace level, above the panes; the notice can be dismissed. */
export function Notices({ loading, loadError, damaged, save, notice, onDismiss }: NoticesProps) {
  return (
    <>
      {loading ? <p className="app-message">Loading sources…</p> : null}
      {loadError !== null ? (
        <p className="app-message error" role="alert">
          The sources could not be loaded: {loadError}
        </p>
      ) : null}
      {damaged.map((title) => (
        <p key={title} className="app-message error" role="alert">
          The text of {title} stored in this project does not match its fingerprint, so it is not
          shown (its claims are kept). Import the source again to restore it.
        </p>
      ))}
      {save?.state === 'disabled' ? (
        <p className="app-message error" role="alert" data-testid="project-load-error">
          Your saved project in {save.location} could not be opened: {save.error} It has not been
          changed, and nothing you do now is saved over it. Export your new work as JSON to keep it.
        </p>
      ) : null}
      {notice ? (
        <p
          className={`app-message notice-toast ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}{' '}
          <button type="button" className="link" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
    </>
  );
}
