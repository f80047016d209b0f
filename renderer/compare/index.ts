/**
 * The Compare UI: plain React components over the groups of `deriveGroups` (no ProseMirror here).
 *
 * Mounted by the workspace: `renderer/app-state/use-workspace-view.ts` derives the groups once
 * (claims, and previews from pending suggestions kept apart), `layout/SidePanel.tsx` shows the
 * `DisagreementsPanel`, and `App.tsx` the `ComparePassages` bar of the group the analyst asked
 * to see (the UI reducer remembers the panes to restore when it closes).
 *
 * Group ids are a hash of the member ids, so a group's id changes when its members change:
 * the shown group is looked up again after every recompute and the bar is hidden when it is gone.
 * To scroll and pulse the passages, use `group.items` ({ sourceId, start, end }: offsets into
 * `source.text`, the same ones `FocusRequest` takes).
 *
 * `IntervalChart` and `QuoteDiff` stand alone as well:
 *   <IntervalChart rows={[{ label, published, figure, quote }]} width={520} />
 *   <QuoteDiff a={quoteA} b={quoteB} labelA="000" labelB="003" />
 */
export { DisagreementsPanel, type DisagreementsPanelProps } from './DisagreementsPanel';
export { ComparePassages, type ComparePassagesProps } from './ComparePassages';
export { IntervalChart, type IntervalChartProps, type IntervalChartRow } from './IntervalChart';
export { QuoteDiff, diffQuotes, QUOTE_DIFF_TIMEOUT, type QuoteDiffProps } from './QuoteDiff';
export { VerdictBadge } from './VerdictBadge';
export {
  sourcesById,
  sourceShortLabel,
  voicesOf,
  overlapSentence,
  type SourceSummary,
  type SourcesById,
  type BadgeKind,
  type VerdictFilter,
} from './group-view';
export { isFlagged, orderGroups } from '../../core/compare';
