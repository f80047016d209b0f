/**
 * The Compare UI: plain React components over `compareClaims` results (no ProseMirror here).
 *
 * Mounting (in App.tsx; styles: `import './styles/compare.css'` next to claims.css):
 *
 *   import { compareClaims, itemFromClaim, itemFromSuggestion, sourceLookup } from '../core/compare';
 *   import { DisagreementsPanel, ComparePassages, sourcesById } from './compare';
 *
 *   const lookup = useMemo(() => sourceLookup(sources ?? []), [sources]);
 *   const groups = useMemo(() => {
 *     const project = workspace?.project;
 *     const claimed = project?.claims ?? [];
 *     // A suggestion the analyst tagged (its span overlaps a claim of the same source) or
 *     // dismissed is left out, so no fact is counted twice.
 *     const dismissed = new Set(project?.dismissedSuggestions ?? []);
 *     const open = [...suggestions.values()].flat().filter(
 *       (s) =>
 *         !dismissed.has(s.id) &&
 *         !claimed.some(
 *           (c) => c.target.sourceId === s.sourceId &&
 *             c.target.position.start < s.end && s.start < c.target.position.end,
 *         ),
 *     );
 *     return compareClaims(
 *       [...claimed.map((c) => itemFromClaim(c, lookup)), ...open.map((s) => itemFromSuggestion(s, lookup))],
 *       project?.groupDecisions ?? [],
 *     );
 *   }, [workspace?.project, suggestions, lookup]);
 *   const byId = useMemo(() => sourcesById(sources ?? []), [sources]);
 *   const [shownGroupId, setShownGroupId] = useState<string | null>(null);
 *   const shown = groups.find((g) => g.id === shownGroupId) ?? null;
 *
 *   <DisagreementsPanel groups={groups} sourcesById={byId} onShowGroup={setShownGroupId} />
 *   {shown ? <ComparePassages group={shown} sourcesById={byId} onClose={() => setShownGroupId(null)} /> : null}
 *
 * Group ids are a hash of the member ids, so a group's id changes when its members change:
 * look the shown group up again after every recompute (as above) and close the bar when it is
 * gone. To scroll and pulse the passages, use `shown.items` ({ sourceId, start, end }: offsets
 * into `source.text`, the same ones `FocusRequest` takes).
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
