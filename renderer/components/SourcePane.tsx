import type { Source } from '../../core/model/source';
import { SourceView } from '../editor/SourceView';
import { SourceHeader } from './SourceHeader';

/** One column: a source's header and its text, scrolling on its own. */
export function SourcePane({ source, position }: { source: Source; position: number }) {
  return (
    <section
      className="source-pane"
      aria-label={`Source ${position}: ${source.metadata.title}`}
      data-testid="source-pane"
    >
      <SourceHeader source={source} />
      <div className="source-scroll" tabIndex={-1}>
        <SourceView source={source} label={`Text of ${source.metadata.title}`} />
      </div>
    </section>
  );
}
