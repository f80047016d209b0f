import { useMemo, useState } from 'react';
import type { ClaimType } from '../../core/model/claim';
import type { Source } from '../../core/model/source';
import { CLAIM_TYPES, claimTypeInfo } from './claim-types';
import type { PlacedClaim, SourceClaims } from './anchored-claims';
import { valueSummary } from './figure-text';
import { pageOf } from './page-of';
import { VirtualSections } from '../components/VirtualSections';

interface ClaimsPanelProps {
  sources: readonly Source[];
  /** The same sources by id (the workspace view's map), for a row's page number. */
  sourceById: ReadonlyMap<string, Source>;
  placements: ReadonlyMap<string, SourceClaims>;
  selectedId: string | null;
  onActivate: (claimId: string) => void;
}

/** The claims of every source, filtered by type and searched by text, plus the orphans. */
export function ClaimsPanel({
  sources,
  sourceById,
  placements,
  selectedId,
  onActivate,
}: ClaimsPanelProps) {
  const [type, setType] = useState<ClaimType | 'all'>('all');
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const visible = useMemo(
    () =>
      sources.map((source) => ({
        source,
        items: shownClaims(placements.get(source.id)?.placed ?? [], type, needle),
      })),
    [sources, placements, type, needle],
  );
  const filtered = type !== 'all' || needle !== '';
  const sections = useMemo(
    () =>
      visible.map(({ source, items }) => ({
        key: source.id,
        className: 'claims-group',
        items,
        head: (
          <>
            <SourceHeading source={source} />
            {items.length === 0 ? (
              <p className="empty">
                No claims{filtered ? ' match' : ' yet: select text and press T'}.
              </p>
            ) : null}
          </>
        ),
      })),
    [visible, filtered],
  );
  const orphans = sources.flatMap((source) =>
    (placements.get(source.id)?.orphans ?? []).map((orphan) => ({ source, ...orphan })),
  );

  return (
    <section className="claims-panel" aria-label="Claims">
      <div className="legend" aria-label="Legend">
        {CLAIM_TYPES.map((info) => (
          <span key={info.type} className={`legend-item type-${info.type}`}>
            <span className="swatch" aria-hidden="true" />
            {info.label}
          </span>
        ))}
      </div>
      <div className="claims-filter">
        <select
          aria-label="Filter by type"
          value={type}
          onChange={(event) => setType(event.target.value as ClaimType | 'all')}
        >
          <option value="all">All types</option>
          {CLAIM_TYPES.map((info) => (
            <option key={info.type} value={info.type}>
              {info.label}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Search claims"
          placeholder="Search claims"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <VirtualSections
        sections={sections}
        listClassName="claims-list"
        getKey={claimKey}
        estimateRow={48}
        estimateHead={40}
        revealKey={selectedId}
        renderRow={({ claim, changed, start }, row) => (
          <li {...row}>
            <button
              type="button"
              className={`claim-item type-${claim.type}${claim.id === selectedId ? ' selected' : ''}`}
              onClick={() => onActivate(claim.id)}
              data-claim-id={claim.id}
            >
              <span className="swatch" aria-hidden="true" />
              <span className="claim-item-quote">“{claim.target.quote.exact}”</span>
              <span className="claim-item-meta">
                {claimTypeInfo(claim.type).label} · {claim.measure}
                {claim.value ? ` · ${valueSummary(claim.value)}` : ''}
                {claim.event ? ` · ${claim.event}` : ''}
                {claim.credibility ? ` · credibility ${claim.credibility}` : ''}
                {pageLabel(sourceById.get(claim.target.sourceId), start)}
              </span>
              {changed ? (
                <span className="badge warn">value changed: now “{changed.newQuote}”</span>
              ) : null}
              {claim.revision?.status === 'changed' ? (
                <span className="badge warn" data-testid="revision-flag">
                  value changed in a revision: was “{claim.revision.oldQuote}”, now “
                  {claim.revision.newQuote}”
                </span>
              ) : null}
            </button>
          </li>
        )}
      />
      {orphans.length ? (
        <div className="claims-group orphans" aria-label="Orphaned claims">
          <h3>Orphans ({orphans.length})</h3>
          <p className="empty">
            These claims could not be placed on their source text. They are kept, not dropped.
          </p>
          <ul className="claims-list">
            {orphans.map(({ source, claim, reason }) => (
              <li key={claim.id}>
                <button
                  type="button"
                  className={`claim-item type-${claim.type}${claim.id === selectedId ? ' selected' : ''}`}
                  onClick={() => onActivate(claim.id)}
                >
                  <span className="claim-item-quote">“{claim.target.quote.exact}”</span>
                  <span className="claim-item-meta">
                    {source.metadata.title}: {reason}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The last rows shown for each source's placed claims, with the filter they were made for. */
const shownOf = new WeakMap<readonly PlacedClaim[], { filter: string; items: PlacedClaim[] }>();

/**
 * A source's claims as the panel lists them: of the chosen type, matching the search, in text
 * order. Kept per placement (a source whose claims did not change keeps its placement), so a
 * tag filters and sorts one source's claims, not 20,000.
 */
function shownClaims(
  placed: readonly PlacedClaim[],
  type: ClaimType | 'all',
  needle: string,
): PlacedClaim[] {
  const filter = `${type}\u0000${needle}`;
  const known = shownOf.get(placed);
  if (known?.filter === filter) return known.items;
  const items = placed
    .filter(({ claim }) => type === 'all' || claim.type === type)
    .filter(
      ({ claim }) =>
        !needle ||
        [
          claim.target.quote.exact,
          claim.event,
          claim.note,
          claim.attributedTo,
          claim.measure,
          ...claim.tags,
        ].some((text) => text.toLowerCase().includes(needle)),
    )
    .sort((a, b) => a.start - b.start);
  shownOf.set(placed, { filter, items });
  return items;
}

/** " · p. 4" when the claim's source has pages, else nothing. */
function pageLabel(source: Source | undefined, start: number): string {
  const page = source ? pageOf(source, start) : null;
  return page !== null ? ` · p. ${page}` : '';
}

/** A claim's row key. */
function claimKey({ claim }: PlacedClaim): string {
  return claim.id;
}

/** A source's heading in the panel: its colour, its reliability and its title. */
function SourceHeading({ source }: { source: Source }) {
  return (
    <h3 title={source.metadata.title}>
      {source.metadata.colour ? (
        <span
          className="source-swatch"
          aria-hidden="true"
          style={{ background: source.metadata.colour }}
        />
      ) : null}
      {source.metadata.reliability ? (
        <span className="reliability" title="Source reliability (Admiralty code)">
          {source.metadata.reliability}
        </span>
      ) : null}
      {source.metadata.title}
    </h3>
  );
}
