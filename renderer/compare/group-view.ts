import type { ComparedGroup, ComparableItem, Verdict } from '../../core/compare';
import { itemValueText, voiceKey } from '../../core/compare';
import { readableDate } from '../components/format';
import type { Source, SourceMetadata } from '../../core/model/source';

/**
 * What the compare views read from a group, as plain functions: labels, per-source values, the
 * overlap sentence and the order flagged groups come in. Kept out of the components so the
 * panel, the side-by-side header and tests all word things the same way.
 */

/** The source facts the compare views show. `Source['metadata']` satisfies it. */
export type SourceSummary = Pick<SourceMetadata, 'title' | 'published' | 'reliability'>;

/** Source summaries by source id. */
export type SourcesById = ReadonlyMap<string, SourceSummary>;

/** Builds {@link SourcesById} from loaded sources. */
export function sourcesById(sources: readonly Pick<Source, 'id' | 'metadata'>[]): SourcesById {
  return new Map(sources.map((source) => [source.id, source.metadata]));
}

/**
 * A short handle for a source: the corpus file prefix ("000" for "000_16df6a53eee4503d"), else
 * the name verdicts give it (its short name, publisher or clipped title, see core's
 * sourceNameOf), else the id itself when short, else its first eight characters. An imported
 * source is never shown as a clipped id ("night-bu…") when it has a name.
 */
export function sourceShortLabel(id: string, name?: string): string {
  const head = id.split('_')[0] ?? '';
  if (head && head !== id && head.length <= 8) return head;
  if (name?.trim()) return name.trim();
  return id.length <= 12 ? id : `${id.slice(0, 8)}…`;
}

/**
 * Core explanations name sources by full id ("003_94a029406cfc69e9 gives ..."); views show the
 * short handle instead ("003 gives ...").
 */
export function shortenSourceIds(text: string, group: Pick<ComparedGroup, 'items'>): string {
  const names = new Map(group.items.map((item) => [item.sourceId, item.sourceName]));
  const ids = [...names.keys()].sort((a, b) => b.length - a.length);
  let out = text;
  for (const id of ids) {
    const short = sourceShortLabel(id, names.get(id));
    if (short !== id) out = out.split(id).join(short);
  }
  return out;
}

/** The badge labels a group can carry. */
export type BadgeKind = Verdict | 'inconsistent' | 'revision';

export const BADGE_LABELS: Record<BadgeKind, string> = {
  conflict: 'conflict',
  inconsistent: 'inconsistent',
  revision: 'revision',
  compatible: 'compatible',
  agree: 'agree',
  single: 'single',
};

/** A glyph next to each badge, so verdicts differ by shape as well as colour. */
export const BADGE_GLYPHS: Record<BadgeKind, string> = {
  conflict: '✕',
  inconsistent: '!',
  revision: '↻',
  compatible: '≈',
  agree: '✓',
  single: '·',
};

/** The verdict first, then whatever else is worth flagging about the group. */
export function badgesOf(group: ComparedGroup): BadgeKind[] {
  const badges: BadgeKind[] = [group.verdict];
  if (group.inconsistent) badges.push('inconsistent');
  if (group.revision) badges.push('revision');
  return badges;
}

/** The filter values of the verdict select. */
export type VerdictFilter = 'all' | BadgeKind;

export function matchesVerdict(group: ComparedGroup, filter: VerdictFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'inconsistent') return group.inconsistent;
  if (filter === 'revision') return group.revision !== undefined;
  return group.verdict === filter;
}

/** One voice in a group: a source, or a speaker the source quotes, with what it says. */
export interface VoiceValues {
  key: string;
  sourceId: string;
  /** "000", or "003 (the US)" for a speaker the source quotes. */
  label: string;
  speaker: string;
  values: string[];
  items: ComparableItem[];
}

function itemText(item: ComparableItem): string {
  if (item.value?.kind === 'date') return readableDate(item.value.date);
  return itemValueText(item) || item.attributedTarget?.trim() || '';
}

/** The group's values by voice, in the group's order: "000: at least 143", "003: more than 130". */
export function voicesOf(group: Pick<ComparedGroup, 'items'>): VoiceValues[] {
  const voices = new Map<string, VoiceValues>();
  for (const item of group.items) {
    const key = voiceKey(item);
    const speaker = item.attributedTo.trim();
    const voice = voices.get(key) ?? {
      key,
      sourceId: item.sourceId,
      label: `${sourceShortLabel(item.sourceId, item.sourceName)}${speaker ? ` (${speaker})` : ''}`,
      speaker,
      values: [],
      items: [],
    };
    const text = itemText(item);
    if (text && !voice.values.includes(text)) voice.values.push(text);
    voice.items.push(item);
    voices.set(key, voice);
  }
  return [...voices.values()];
}

/**
 * The sentence under the values: what both (or all) can agree on, or that they cannot.
 * "both true if >= 143" for two compatible voices; null when there is nothing to add.
 */
export function overlapSentence(group: ComparedGroup): string | null {
  const voices = voicesOf(group).filter((voice) => voice.values.length > 0).length;
  const all = voices === 2 ? 'both' : 'all';
  if (group.attributions && group.verdict !== 'single') {
    return shortenSourceIds(group.attributions, group);
  }
  const overlap =
    group.overlap && group.type === 'date' ? readableDate(group.overlap) : group.overlap;
  if (group.verdict === 'compatible') {
    return overlap ? `${all} true if ${overlap}` : `${all} can be true`;
  }
  if (group.verdict === 'agree') return overlap ? `${all} say ${overlap}` : null;
  if (group.verdict === 'conflict') return `cannot ${all === 'both' ? 'both' : 'all'} be true`;
  return null;
}

/** A source's title with its date and reliability, for tooltips: "Title, 24 March 2024, B". */
export function sourceTooltip(
  sourceId: string,
  sources: SourcesById | undefined,
  formatDate: (date: string) => string,
): string {
  const source = sources?.get(sourceId);
  if (!source) return sourceId;
  return [
    source.title,
    source.published ? formatDate(source.published) : 'date unknown',
    source.reliability ? `reliability ${source.reliability}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}
