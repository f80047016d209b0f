import { useId, useMemo, useState } from 'react';
import { isFlagged, orderGroups, type ComparedGroup } from '../../core/compare';
import { dateLabel, readableDate } from '../components/format';
import { VerdictBadge } from './VerdictBadge';
import {
  badgesOf,
  matchesVerdict,
  overlapSentence,
  shortenSourceIds,
  sourceTooltip,
  voicesOf,
  type SourcesById,
  type VerdictFilter,
} from './group-view';

export interface DisagreementsPanelProps {
  /** `compareClaims(items, decisions)` as it comes; the panel orders and filters it. */
  groups: readonly ComparedGroup[];
  sourcesById: SourcesById;
  /** The analyst asked to see the group's passages side by side. */
  onShowGroup: (groupId: string) => void;
  /** Information credibility (Admiralty 1-6) of the claims that have one, by claim id. */
  credibilityById?: ReadonlyMap<string, number>;
  /**
   * Previews that contain pending suggestions: shown apart, with their own count, and never
   * counted as disagreements between claims.
   */
  fromSuggestions?: readonly ComparedGroup[];
}

const VERDICT_OPTIONS: { value: VerdictFilter; label: string }[] = [
  { value: 'all', label: 'All verdicts' },
  { value: 'conflict', label: 'Conflict' },
  { value: 'inconsistent', label: 'Inconsistent' },
  { value: 'revision', label: 'Revision' },
  { value: 'compatible', label: 'Compatible' },
  { value: 'agree', label: 'Agree' },
  { value: 'single', label: 'Single' },
];

/** The credibility grades of a voice's claims, as one short note (" · credibility 2"). */
function credibilityNote(
  items: readonly { id: string }[],
  credibilityById: ReadonlyMap<string, number> | undefined,
): string {
  const grades = [
    ...new Set(
      items.map((item) => credibilityById?.get(item.id)).filter((grade) => grade !== undefined),
    ),
  ];
  return grades.length ? ` · credibility ${grades.join('/')}` : '';
}

function GroupRow({
  group,
  sourcesById,
  onShowGroup,
  credibilityById,
}: {
  group: ComparedGroup;
  sourcesById: SourcesById;
  onShowGroup: (groupId: string) => void;
  credibilityById?: ReadonlyMap<string, number>;
}) {
  const titleId = useId();
  const voices = voicesOf(group);
  const overlap = overlapSentence(group);
  const badges = badgesOf(group);
  return (
    <li
      className={`compare-group verdict-${group.verdict}${group.inconsistent ? ' is-inconsistent' : ''}`}
      data-group-id={group.id}
      data-verdict={group.verdict}
    >
      <div className="compare-group-head">
        <span className="compare-badges">
          {badges.map((kind) => (
            <VerdictBadge key={kind} kind={kind} />
          ))}
        </span>
        <span className="compare-group-title" id={titleId}>
          <span className="compare-measure">
            {group.measure}
            {group.subject ? ` (${group.subject})` : ''}
          </span>
          <span className="compare-event">
            {' · '}
            {group.event || 'unnamed event'}
            {group.eventDate ? `, ${readableDate(group.eventDate)}` : ''}
          </span>
        </span>
      </div>
      <ul className="compare-values" aria-label="Values by source">
        {voices.map((voice) => (
          <li key={voice.key} className="compare-value">
            <abbr
              className="compare-source"
              title={sourceTooltip(voice.sourceId, sourcesById, dateLabel)}
            >
              {voice.label}
            </abbr>
            {sourcesById.get(voice.sourceId)?.reliability ? ' ' : null}
            {sourcesById.get(voice.sourceId)?.reliability ? (
              <span className="reliability" title="Source reliability (Admiralty code)">
                {sourcesById.get(voice.sourceId)?.reliability}
              </span>
            ) : null}
            : {voice.values.length ? voice.values.join(', ') : 'no value'}
            {credibilityNote(voice.items, credibilityById)}
          </li>
        ))}
      </ul>
      {overlap ? <p className="compare-overlap">{overlap}</p> : null}
      {group.revision ? <p className="compare-revision">{group.revision.explanation}</p> : null}
      {group.inconsistencies.map((entry) => (
        <p key={`${entry.sourceId}|${entry.attributedTo}`} className="compare-inconsistency">
          {shortenSourceIds(entry.explanation, group)}
        </p>
      ))}
      <div className="compare-group-actions">
        <button type="button" onClick={() => onShowGroup(group.id)} aria-describedby={titleId}>
          Show passages
        </button>
        <details className="compare-why">
          <summary>Why</summary>
          <p>{shortenSourceIds(group.explanation, group)}</p>
          {group.reasons.length > 0 ? (
            <p className="compare-reasons">Grouped by {group.reasons.join('; ')}.</p>
          ) : null}
        </details>
      </div>
    </li>
  );
}

/**
 * Where the sources agree and disagree: one row per group with its verdict, what each source
 * says and what they can jointly be true about. Flagged groups (conflict, inconsistent,
 * compatible) come first; agreeing and single-source groups wait behind a toggle.
 */
export function DisagreementsPanel({
  groups,
  sourcesById,
  onShowGroup,
  credibilityById,
  fromSuggestions = [],
}: DisagreementsPanelProps) {
  const [verdict, setVerdict] = useState<VerdictFilter>('all');
  const [measure, setMeasure] = useState<string>('all');
  const [showQuiet, setShowQuiet] = useState(false);
  const quietId = useId();
  const previewsId = useId();
  const [showPreviews, setShowPreviews] = useState(false);
  const previews = useMemo(() => orderGroups(fromSuggestions), [fromSuggestions]);

  const measures = useMemo(
    () => [...new Set(groups.map((group) => group.measure))].sort((a, b) => a.localeCompare(b)),
    [groups],
  );
  const { flagged, quiet } = useMemo(() => {
    const visible = orderGroups(groups).filter(
      (group) => matchesVerdict(group, verdict) && (measure === 'all' || group.measure === measure),
    );
    return {
      flagged: visible.filter(isFlagged),
      quiet: visible.filter((group) => !isFlagged(group)),
    };
  }, [groups, verdict, measure]);
  const totalFlagged = useMemo(() => groups.filter(isFlagged).length, [groups]);
  // Asking for agreeing or single groups by name shows them without the extra click.
  const quietOpen = showQuiet || verdict === 'agree' || verdict === 'single';

  const row = (group: ComparedGroup) => (
    <GroupRow
      key={group.id}
      group={group}
      sourcesById={sourcesById}
      onShowGroup={onShowGroup}
      credibilityById={credibilityById}
    />
  );

  return (
    <section
      className="disagreements-panel"
      aria-label="Disagreements"
      data-testid="disagreements-panel"
    >
      <header className="disagreements-head">
        <h2>Disagreements</h2>
        <p className="disagreements-summary">
          {totalFlagged} flagged of {groups.length} {groups.length === 1 ? 'group' : 'groups'}
        </p>
      </header>
      <div className="compare-filters">
        <select
          aria-label="Filter by verdict"
          value={verdict}
          onChange={(event) => setVerdict(event.target.value as VerdictFilter)}
        >
          {VERDICT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by measure"
          value={measure}
          onChange={(event) => setMeasure(event.target.value)}
        >
          <option value="all">All measures</option>
          {measures.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {groups.length === 0 ? (
        <p className="empty">No groups yet: tag claims in two or more sources to compare them.</p>
      ) : flagged.length === 0 && quiet.length === 0 ? (
        <p className="empty">No groups match these filters.</p>
      ) : null}
      {flagged.length > 0 ? (
        <ul className="compare-group-list" aria-label="Flagged groups">
          {flagged.map(row)}
        </ul>
      ) : groups.length > 0 && quiet.length > 0 ? (
        <p className="empty">
          Nothing flagged{verdict !== 'all' || measure !== 'all' ? ' here' : ''}.
        </p>
      ) : null}
      {quiet.length > 0 ? (
        <div className="compare-quiet">
          {verdict === 'agree' || verdict === 'single' ? null : (
            <button
              type="button"
              className="link compare-quiet-toggle"
              aria-expanded={quietOpen}
              aria-controls={quietId}
              onClick={() => setShowQuiet((open) => !open)}
            >
              {quietOpen ? 'Hide' : 'Show'} {quiet.length} agreeing or single-source{' '}
              {quiet.length === 1 ? 'group' : 'groups'}
            </button>
          )}
          {quietOpen ? (
            <ul
              id={quietId}
              className="compare-group-list quiet"
              aria-label="Agreeing and single-source groups"
            >
              {quiet.map(row)}
            </ul>
          ) : null}
        </div>
      ) : null}
      {previews.length > 0 ? (
        <section className="compare-previews" aria-labelledby={previewsId}>
          <h3 id={previewsId}>From suggestions ({previews.length})</h3>
          <p className="compare-previews-note">
            What the groups would be if the pending suggestions were accepted. Not counted above.
          </p>
          <button
            type="button"
            className="link compare-quiet-toggle"
            aria-expanded={showPreviews}
            onClick={() => setShowPreviews((open) => !open)}
          >
            {showPreviews ? 'Hide' : 'Show'} {previews.length}{' '}
            {previews.length === 1 ? 'preview' : 'previews'}
          </button>
          {showPreviews ? (
            <ul className="compare-group-list previews" aria-label="Groups from suggestions">
              {previews.map(row)}
            </ul>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
