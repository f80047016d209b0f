import { useMemo } from 'react';
import type { ComparedGroup } from '../../core/compare';
import { valueText } from '../../core/compare';

interface GroupingControlsProps {
  /** The claim (or suggestion) whose grouping the analyst decides. */
  itemId: string;
  groups: readonly ComparedGroup[];
  /** Link this item with another: they are the same fact. */
  onLink: (otherId: string) => void;
  /** Unlink this item from these: not the same fact. */
  onUnlink: (otherIds: string[]) => void;
}

function groupLabel(group: ComparedGroup): string {
  const values = group.items
    .slice(0, 3)
    .map((item) => valueText(item.value, item.quote))
    .join(' / ');
  return `${group.measure}${group.subject ? ` (${group.subject})` : ''} · ${group.event || 'no event'} · ${values}`;
}

/**
 * Manual grouping for one claim: split it from the group Corroborate put it in, or say it is the
 * same fact as another group. Decisions are stored in the project and always win over the
 * automatic grouping; both are one undo step.
 */
export function GroupingControls({ itemId, groups, onLink, onUnlink }: GroupingControlsProps) {
  const own = useMemo(
    () => groups.find((group) => group.items.some((item) => item.id === itemId)),
    [groups, itemId],
  );
  const others = own ? own.items.filter((item) => item.id !== itemId) : [];
  const candidates = useMemo(
    () => groups.filter((group) => group !== own && group.items.length > 0),
    [groups, own],
  );
  // One option per group: a large project has thousands, labelled once per groups, not per render.
  const options = useMemo(
    () =>
      candidates.map((group) => (
        <option key={group.id} value={group.id}>
          {groupLabel(group)}
        </option>
      )),
    [candidates],
  );
  return (
    <fieldset className="grouping-controls" aria-label="Grouping">
      <legend>Same fact as</legend>
      {own && others.length ? (
        <p>
          Grouped with {others.length} other claim{others.length === 1 ? '' : 's'} ({own.verdict}).{' '}
          <button type="button" onClick={() => onUnlink(others.map((item) => item.id))}>
            Not the same fact: split
          </button>
        </p>
      ) : (
        <p>Not grouped with any other claim.</p>
      )}
      <select
        aria-label="Link to another group"
        value=""
        onChange={(event) => {
          const target = candidates.find((group) => group.id === event.target.value);
          const first = target?.items[0];
          if (first) onLink(first.id);
        }}
      >
        <option value="">Link to another group…</option>
        {options}
      </select>
    </fieldset>
  );
}
