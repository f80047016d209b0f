import { actorOf, narrowerOf } from '../actors/actors';
import { isCyrillicName, romanisedName } from './script-names';

/** Trailing words that describe members of a group rather than another group ("ISKP militants"). */
const MEMBER_WORDS = new Set(
  `militants militant fighters fighter operatives operative members member terrorists terrorist
  group groups cell cells network affiliates affiliate branch gunmen supporters`.split(/\s+/),
);
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'al', 'el']);

/**
 * Reduces the name of whoever is held responsible to a comparison key, by rule: a spelled-out
 * name with its acronym in brackets keys on the acronym; a multi-word proper name keys on its
 * initials ("Islamic State of Khorasan Province" -> "iskp", like "ISKP"); articles and member
 * words ("ISKP militants") are dropped; nationality endings are folded ("Ukrainian" ->
 * "ukrain", like "Ukraine"); a Cyrillic name is romanised first ("Украину" -> "ukrain"). A
 * known armed group keys on its actor id whatever name or script it goes by ("Daesh", "ISIS",
 * "Islamic State" are one; "Вилаят Хорасан" is ISKP; see core/actors).
 */
export function targetKey(written: string): string {
  const known = actorOf(withoutMembers(written));
  if (known) return known.id;
  // "Украину" is read as "Ukrainu", its Russian case ending dropped below, so it keys as "Ukraine".
  const cyrillic = isCyrillicName(written);
  const target = romanisedName(written);
  const bracket = /\(([\p{Lu}]{2,})\)/u.exec(target);
  const words = (target.match(/[\p{L}\p{N}-]+/gu) ?? []).filter(
    (word) => !STOP.has(word.toLowerCase()),
  );
  while (words.length > 1 && MEMBER_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) {
    words.pop();
  }
  const actor = actorOf(bracket?.[1] ?? '') ?? actorOf(withoutMembers(target));
  if (actor) return actor.id;
  if (bracket?.[1]) return bracket[1].toLowerCase();
  if (words.length === 0) return target.trim().toLowerCase();
  if (words.length === 1) {
    const word = (words[0] ?? '').toLowerCase().replace(/[’']s$/u, '');
    if (/^\p{Lu}{2,}$/u.test(words[0] ?? '')) return word;
    const bare = cyrillic ? word.replace(/(oi|om|ei|u|y|a|e)$/u, '') : word;
    return bare.replace(/(ians|ian|ia|e)$/u, '');
  }
  if (words.every((word) => /^\p{Lu}/u.test(word))) {
    return words.map((word) => (word[0] ?? '').toLowerCase()).join('');
  }
  return words.join(' ').toLowerCase();
}

/** The name without an article or trailing member words: "the ISKP militants" -> "ISKP". */
function withoutMembers(target: string): string {
  const words = target.trim().split(/\s+/u);
  while (words.length > 1 && MEMBER_WORDS.has((words[words.length - 1] ?? '').toLowerCase()))
    words.pop();
  return words.join(' ');
}

/** Who holds whom responsible, as shown to an analyst: "the US: ISKP". */
export interface Attribution {
  sourceId: string;
  /** The speaker as shown ("003 (the US)"). */
  by: string;
  /** One key per speaker, so two wordings of one speaker are listed once; defaults to `by`. */
  voice?: string;
  target: string;
  key: string;
}

/** The comparison of attributions in one group: agree when all name the same target. */
export interface AttributionComparison {
  /** Compatible when the targets are a group and its branches ("Islamic State", "ISKP"). */
  verdict: 'agree' | 'compatible' | 'conflict';
  /** Why compatible targets can all be true: "ISKP is a branch of Islamic State". */
  note?: string;
  /** Distinct targets, in order of first appearance. */
  targets: string[];
  /** "the US: ISKP; Russia: Ukraine", one entry per speaker. */
  summary: string;
}

/**
 * Compares attributions of responsibility: agreement when every speaker names the same target
 * (by {@link targetKey}), conflict otherwise, keeping who attributes what so the analyst sees
 * "the US: ISKP; Russia: Ukraine" rather than a bare "conflict". Trade-off: a speaker naming two
 * culprits in one breath is read as two attributions.
 */
export function compareAttributions(attributions: readonly Attribution[]): AttributionComparison {
  const targets = new Map<string, string>();
  const bySpeaker = new Map<string, { by: string; targets: string[] }>();
  for (const item of attributions) {
    if (!targets.has(item.key)) targets.set(item.key, item.target);
    const speaker = item.voice ?? `${item.sourceId}|${item.by.toLowerCase()}`;
    const entry = bySpeaker.get(speaker) ?? { by: item.by, targets: [] };
    if (item.by.length < entry.by.length) entry.by = item.by;
    const shown = targets.get(item.key) ?? item.target;
    if (!entry.targets.includes(shown)) entry.targets.push(shown);
    bySpeaker.set(speaker, entry);
  }
  const summary = [...bySpeaker.values()]
    .map((entry) => `${entry.by}: ${entry.targets.join(', ')}`)
    .join('; ');
  if (targets.size <= 1) return { verdict: 'agree', targets: [...targets.values()], summary };
  const note = branchNote(targets);
  return note
    ? { verdict: 'compatible', note, targets: [...targets.values()], summary }
    : { verdict: 'conflict', targets: [...targets.values()], summary };
}

/**
 * When every target lies on one line of descent (a group, its branch, the branch's wing),
 * says so, naming the most specific: they can all be true. Null when any two are unrelated.
 */
function branchNote(targets: ReadonlyMap<string, string>): string | null {
  const lines = [...targets.keys()].map((key) => actorOf(targets.get(key) ?? '')?.lineage ?? [key]);
  lines.sort((a, b) => a.length - b.length);
  for (let i = 1; i < lines.length; i += 1)
    if (narrowerOf(lines[i - 1] ?? [], lines[i] ?? []) === null) return null;
  const shown = (line: readonly string[]) =>
    [...targets.entries()].find(([key]) => key === line[line.length - 1])?.[1] ?? '';
  const broadest = lines[0] ?? [];
  const narrowest = lines[lines.length - 1] ?? [];
  return `${shown(narrowest)} is a branch of ${shown(broadest)}: both can be true, ${shown(narrowest)} is the more specific`;
}
