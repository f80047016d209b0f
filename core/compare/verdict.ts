import { compareAttributions, targetKey, type Attribution } from './attribution';
import { verdictForDates } from './dates';
import { compareFigures, describeInterval, type Interval, type Verdict } from './figures';
import type { ClaimGroup } from './group';
import type { ComparableItem } from './item';
import { inconsistencyOf, type Inconsistency } from './inconsistency';
import { revisionOf, type Revision } from './revision';
import { itemValueText, voiceKey, voiceLabel } from './values';
import { readableDate } from '../text/date-words';

/** Everything derived about one group: the verdict and the reasons an analyst needs. */
export interface GroupComparison {
  verdict: Verdict;
  /** The values all claims allow, in analyst notation (">= 143", "2024-03-22"). */
  overlap?: string;
  overlapInterval?: Interval;
  revision?: Revision;
  inconsistent: boolean;
  inconsistencies: Inconsistency[];
  /** For attributions: "the US: ISKP; 003 (Russia): Ukraine". */
  attributions?: string;
  explanation: string;
}

type Kind = 'figure' | 'date' | 'text' | 'attribution';

function kindOf(items: readonly ComparableItem[]): Kind | null {
  if (items.some((item) => item.type === 'attribution' || item.measure === 'responsibility')) {
    return 'attribution';
  }
  const counts = { figure: 0, date: 0, text: 0 };
  for (const item of items) if (item.value) counts[item.value.kind] += 1;
  const best = (Object.entries(counts) as [Kind, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : null;
}

function attributionOf(item: ComparableItem): Attribution | null {
  const target =
    item.attributedTarget ?? (item.value?.kind === 'text' ? item.value.text : undefined);
  if (!target?.trim()) return null;
  return {
    sourceId: item.sourceId,
    by: voiceLabel(item),
    voice: voiceKey(item),
    target: target.trim(),
    key: targetKey(target),
  };
}

interface ValueComparison {
  verdict: Exclude<Verdict, 'single'>;
  /** Why differing values can all be true, when the values say it themselves. */
  note?: string;
  overlap?: string;
  overlapInterval?: Interval;
  attributions?: string;
}

/**
 * Dates of a series ("the 2022 and 2023 rocket attacks") are occurrences: two voices listing
 * different occurrences differ without contradicting each other.
 */
function compareSeriesDates(items: readonly ComparableItem[]): ValueComparison {
  const byVoice = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.value?.kind !== 'date') continue;
    const set = byVoice.get(voiceKey(item)) ?? new Set<string>();
    set.add(item.value.date);
    byVoice.set(voiceKey(item), set);
  }
  const sets = [...byVoice.values()].map((set) => [...set].sort().join('|'));
  return { verdict: sets.every((set) => set === sets[0]) ? 'agree' : 'compatible' };
}

function compareValues(
  kind: Kind,
  items: readonly ComparableItem[],
  series = false,
): ValueComparison {
  if (kind === 'date' && series) return compareSeriesDates(items);
  if (kind === 'figure') {
    const figures = items.flatMap((item) =>
      item.value?.kind === 'figure' ? [item.value.figure] : [],
    );
    const result = compareFigures(figures);
    return result.overlap
      ? {
          verdict: result.verdict,
          overlap: describeInterval(result.overlap),
          overlapInterval: result.overlap,
        }
      : { verdict: result.verdict };
  }
  if (kind === 'date') {
    const dates = items.flatMap((item) => (item.value?.kind === 'date' ? [item.value.date] : []));
    return verdictForDates(dates);
  }
  if (kind === 'attribution') {
    const attributions = items.map(attributionOf).filter((a): a is Attribution => a !== null);
    const result = compareAttributions(attributions);
    return {
      verdict: result.verdict,
      attributions: result.summary,
      ...(result.note ? { note: result.note } : {}),
    };
  }
  const texts = new Set(
    items.flatMap((item) =>
      item.value?.kind === 'text' ? [item.value.text.trim().toLowerCase()] : [],
    ),
  );
  return { verdict: texts.size <= 1 ? 'agree' : 'conflict' };
}

function listByVoice(items: readonly ComparableItem[]): string {
  const byVoice = new Map<string, { label: string; values: string[] }>();
  for (const item of items) {
    if (!item.value) continue;
    const key = voiceKey(item);
    const entry = byVoice.get(key) ?? { label: voiceLabel(item), values: [] };
    const text = itemValueText(item);
    if (!entry.values.includes(text)) entry.values.push(text);
    byVoice.set(key, entry);
  }
  return [...byVoice.values()]
    .map((entry) => `${entry.label}: ${entry.values.join(', ')}`)
    .join('; ');
}

/**
 * Judges one group. Voices, not files, are what agree or disagree: a source quoting the US and
 * Russia holds two voices, so competing attributions inside one article are a conflict, while
 * one voice alone is `single`. A voice whose own values are disjoint is flagged inconsistent
 * (the same article dating one attack to 2022 and to 2023). Figure differences between dated
 * sources are labelled as revisions. Trade-off: speakers are matched by their wording, so
 * "the FSB head" and "Bortnikov" count as two voices.
 */
export function compareGroup(group: Pick<ClaimGroup, 'items'>): GroupComparison {
  const items = group.items;
  const kind = kindOf(items);
  const valued = items.filter((item) => item.value || item.attributedTarget);
  const voices = new Map<string, ComparableItem[]>();
  for (const item of valued) {
    const list = voices.get(voiceKey(item)) ?? [];
    list.push(item);
    voices.set(voiceKey(item), list);
  }
  const series = kind === 'date' && items.some((item) => item.eventKey.plural);
  const inconsistencies: Inconsistency[] = [];
  if (kind && kind !== 'attribution') {
    for (const list of voices.values()) {
      const found = list.length > 1 ? inconsistencyOf(list, series) : null;
      if (found) inconsistencies.push(found);
    }
  }
  const inconsistent = inconsistencies.length > 0;
  const notes = inconsistencies.map((entry) => entry.explanation);
  if (!kind) {
    return { verdict: 'single', inconsistent, inconsistencies, explanation: 'no value to compare' };
  }
  const compared = compareValues(kind, valued, series);
  const base: GroupComparison = {
    verdict: compared.verdict,
    inconsistent,
    inconsistencies,
    explanation: '',
  };
  if (compared.overlap !== undefined) base.overlap = compared.overlap;
  if (compared.overlapInterval) base.overlapInterval = compared.overlapInterval;
  if (compared.attributions) base.attributions = compared.attributions;
  if (voices.size <= 1) {
    const only = valued[0];
    base.verdict = 'single';
    base.explanation = [`only ${only ? voiceLabel(only) : 'one source'} reports it`, ...notes].join(
      '; ',
    );
    return base;
  }
  const stated = kind === 'attribution' ? (compared.attributions ?? '') : listByVoice(valued);
  let head: string;
  if (compared.verdict === 'agree') head = `all agree (${stated})`;
  else if (compared.verdict === 'compatible' && series)
    head = `occurrences listed differ (${stated})`;
  else if (compared.verdict === 'compatible' && compared.note)
    head = `${compared.note} (${stated})`;
  else if (compared.verdict === 'compatible') {
    const overlap =
      kind === 'date' && compared.overlap ? readableDate(compared.overlap) : compared.overlap;
    head = `values differ but can all be true; overlap ${overlap ?? '?'} (${stated})`;
  } else head = `cannot all be true (${stated})`;
  if (kind === 'figure' && compared.verdict !== 'agree') {
    const revision = revisionOf(valued);
    if (revision) {
      base.revision = revision;
      head = `${head}; ${revision.explanation}`;
    }
  }
  base.explanation = [head, ...notes].join('; ');
  return base;
}
