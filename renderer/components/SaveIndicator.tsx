import type { SaveStatus } from '../workspace/use-workspace';

/** Where the analyst's work stands: saved, about to be saved, or not saved and why. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = {
    saved: 'All changes saved',
    pending: 'Saving…',
    failed: 'Not saved',
    disabled: 'Autosave off',
  }[status.state];
  const title = status.state === 'failed' || status.state === 'disabled' ? status.error : undefined;
  return (
    <span
      className={`save-indicator save-${status.state}`}
      role="status"
      title={title}
      data-testid="save-status"
    >
      {text}
    </span>
  );
}
