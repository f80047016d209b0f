import type { Source } from '../../core/model/source';
import { captureLabel, dateLabel } from './format';

/** Title, subtitle and the facts an analyst weighs before reading: publisher, date, capture. */
export function SourceHeader({
  source,
  onEdit,
  onRevise,
}: {
  source: Source;
  onEdit?: () => void;
  onRevise?: () => void;
}) {
  const { metadata } = source;
  return (
    <header className="source-header">
      <h1
        className="source-title"
        // The full title as a tooltip: compact headers (four panes or more) cut it to two lines.
        title={
          metadata.titleAssigned
            ? `${metadata.title} (descriptive title: the capture has none)`
            : metadata.title
        }
      >
        {metadata.title}
        {metadata.titleAssigned ? <span className="assigned-mark"> (untitled)</span> : null}
      </h1>
      {metadata.subtitle ? <p className="source-subtitle">{metadata.subtitle}</p> : null}
      <dl className="source-facts">
        <div>
          <dt>Publisher</dt>
          <dd>{metadata.publisher ?? 'Unknown'}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{dateLabel(metadata.published)}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{captureLabel(metadata.capture)}</dd>
        </div>
        <div>
          <dt>Reliability</dt>
          <dd>{metadata.reliability ?? 'Not rated'}</dd>
        </div>
        {metadata.author ? (
          <div>
            <dt>Author</dt>
            <dd>{metadata.author}</dd>
          </div>
        ) : null}
        {onEdit ? (
          <div>
            <button type="button" className="link" onClick={onEdit}>
              Edit details
            </button>
            {onRevise ? (
              <button type="button" className="link" onClick={onRevise}>
                Newer version…
              </button>
            ) : null}
          </div>
        ) : null}
      </dl>
    </header>
  );
}
