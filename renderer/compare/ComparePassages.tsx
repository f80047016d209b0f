import { useMemo, type KeyboardEvent } from 'react';
import type { ComparedGroup, ComparableItem } from '../../core/compare';
import { itemValueText } from '../../core/compare';
import { dateLabel } from '../components/format';
import { VerdictBadge } from './VerdictBadge';
import { IntervalChart, type IntervalChartRow } from './IntervalChart';
import { QuoteDiff } from './QuoteDiff';
import { orderByPublished } from '../../core/report/chart-geometry';
import {
  badgesOf,
  overlapSentence,
  sourceShortLabel,
  sourceTooltip,
  voicesOf,
  type SourcesById,
} from './group-view';

export interface ComparePassagesProps {
  group: ComparedGroup;
  onClose: () => void;
  /** Titles and dates for the labels; without it sources are named by id. */
  sourcesById?: SourcesById;
}

/** Most word diffs shown: the first voice against each of the next ones. */
const MAX_DIFFS = 3;

function publishedOf(item: ComparableItem, sources?: SourcesById): string | null {
  return sources?.get(item.sourceId)?.published ?? item.published ?? null;
}

/** "evening-wire" for "Evening wire": a handle that only repeats the title's words. */
function repeatsTitle(handle: string, title: string): boolean {
  const bare = handle.replace(/…$/, '').toLowerCase();
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return slug.startsWith(bare) || title.toLowerCase().startsWith(bare);
}

function voiceName(item: ComparableItem, sources?: SourcesById): string {
  const title = sources?.get(item.sourceId)?.title;
  const speaker = item.attributedTo.trim();
  const handle = sourceShortLabel(item.sourceId, item.sourceName);
  const name = !title ? handle : repeatsTitle(handle, title) ? title : `${handle} ${title}`;
  return `${name}${speaker ? ` (${speaker})` : ''}`;
}

/**
 * The header bar of the side-by-side mode: the group's verdict, every source's quote and value,
 * word diffs between the voices' quotes and, for figures, the interval chart. The panes below
 * (scrolled to the passages by the caller) stay the analyst's reading surface.
 */
export function ComparePassages({ group, onClose, sourcesById }: ComparePassagesProps) {
  const items = useMemo(
    () =>
      orderByPublished(
        group.items.map((item) => ({ item, published: publishedOf(item, sourcesById) })),
      ).map(({ item }) => item),
    [group, sourcesById],
  );
  const voices = useMemo(() => voicesOf(group), [group]);
  const diffs = useMemo(() => {
    const firsts = voices.map((voice) => voice.items[0]).filter((item) => item !== undefined);
    const [base, ...others] = firsts;
    if (!base) return [];
    return others.slice(0, MAX_DIFFS).map((other) => ({ a: base, b: other }));
  }, [voices]);
  const chartRows = useMemo(
    (): IntervalChartRow[] =>
      items.flatMap((item) =>
        item.value?.kind === 'figure'
          ? [
              {
                label: voiceName(item, sourcesById),
                published: publishedOf(item, sourcesById),
                figure: item.value.figure,
                quote: item.quote,
              },
            ]
          : [],
      ),
    [items, sourcesById],
  );
  const overlap = overlapSentence(group);
  const title = `${group.measure}${group.subject ? ` (${group.subject})` : ''} · ${group.event || 'unnamed event'}`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <section
      className={`compare-passages verdict-${group.verdict}`}
      aria-label={`Side by side: ${title}`}
      data-testid="compare-passages"
      data-group-id={group.id}
      onKeyDown={onKeyDown}
    >
      <header className="compare-passages-bar">
        <span className="compare-badges">
          {badgesOf(group).map((kind) => (
            <VerdictBadge key={kind} kind={kind} />
          ))}
        </span>
        <h2 className="compare-passages-title">{title}</h2>
        {overlap ? <span className="compare-overlap">{overlap}</span> : null}
        <span className="compare-passages-spacer" />
        <button type="button" onClick={onClose}>
          Close side by side
        </button>
      </header>
      <ol className="compare-passages-sources" aria-label="Passages">
        {items.map((item) => (
          <li key={item.id} data-item-id={item.id} data-source-id={item.sourceId}>
            <abbr
              className="compare-source"
              title={sourceTooltip(item.sourceId, sourcesById, dateLabel)}
            >
              {sourceShortLabel(item.sourceId, item.sourceName)}
            </abbr>
            {item.attributedTo.trim() ? (
              <span className="compare-speaker"> ({item.attributedTo.trim()})</span>
            ) : null}
            <span className="compare-date"> · {dateLabel(publishedOf(item, sourcesById))}</span>
            {': '}
            <q className="compare-quote">{item.quote}</q>
            {item.value ? (
              <span className="compare-item-value">
                {' → '}
                {itemValueText(item) || item.attributedTarget}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {group.revision ? <p className="compare-revision">{group.revision.explanation}</p> : null}
      {diffs.length > 0 || chartRows.length > 0 ? (
        <details className="compare-passages-details" open>
          <summary>Differences{chartRows.length > 0 ? ' and chart' : ''}</summary>
          <div className="compare-passages-body">
            {diffs.length > 0 ? (
              <div className="compare-diffs">
                {diffs.map(({ a, b }) => (
                  <QuoteDiff
                    key={`${a.id}|${b.id}`}
                    a={a.quote}
                    b={b.quote}
                    labelA={voiceName(a, undefined)}
                    labelB={voiceName(b, undefined)}
                  />
                ))}
              </div>
            ) : null}
            {chartRows.length > 0 ? <IntervalChart rows={chartRows} /> : null}
          </div>
        </details>
      ) : null}
    </section>
  );
}
