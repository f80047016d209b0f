/**
 * Who is held responsible, as a known actor: the table's groups under any of their names, and
 * branches of the Islamic State and al-Qaeda that the table does not list, read by rule
 * ("Islamic State Somalia Province", "Wilayat Hind", "al-Qaeda in Yemen"). Each actor knows its
 * lineage, so a comparison can tell that ISKP and the Islamic State are a branch and its parent
 * (both can be true) while ISKP and Ukraine are not.
 */
import { ACTORS, type ActorRecord } from './actor-table';

/** A known actor and what it is part of. */
export interface Actor {
  id: string;
  /** The name shown for it ("Islamic State Khorasan Province (ISKP)"). */
  name: string;
  /** Ids from the broadest group down to this one: ["islamic-state", "iskp"]. */
  lineage: string[];
}

/** A name folded for lookup: no case, accents, articles, hyphens, apostrophes or spaces. */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Acronyms this short ("IS", "AQ", "TTP") are words too often to match in any case. */
const SHORT_ACRONYM = 3;

const byId = new Map<string, ActorRecord>(ACTORS.map((actor) => [actor.id, actor]));
const exact = new Map<string, string>();
const loose = new Map<string, string>();
for (const actor of ACTORS)
  for (const name of actor.names) {
    if (name.length <= SHORT_ACRONYM) exact.set(name, actor.id);
    else loose.set(fold(name), actor.id);
  }

function lineageOf(id: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = id; at && !chain.includes(at); at = byId.get(at)?.parent)
    chain.unshift(at);
  return chain;
}

function known(id: string): Actor | null {
  const record = byId.get(id);
  return record ? { id, name: record.name, lineage: lineageOf(id) } : null;
}

/** Branches named by their parent and a region, in the forms the groups use themselves. */
const BRANCH_RULES: ReadonlyArray<{ pattern: RegExp; parent: string }> = [
  {
    pattern:
      /^(?:the\s+)?(?:islamic\s+state|isis|isil|is|daesh)\b(?:['’]s)?[\s–—-]*(?:of\s+|in\s+)?(.+?)\s+province$/iu,
    parent: 'islamic-state',
  },
  { pattern: /^wilayat\s+(.+)$/iu, parent: 'islamic-state' },
  { pattern: /^al[\s-]?qa[ei]da\s+(?:in|of)\s+(?:the\s+)?(.+)$/iu, parent: 'al-qaeda' },
];

/**
 * The actor a name refers to, or null when it is no group we know ("Ukraine", "the gunmen").
 * Trade-off: a reference table of the groups reporting names most, plus rules for branches;
 * a group outside both is compared by its own name only.
 */
export function actorOf(name: string): Actor | null {
  const trimmed = name.trim();
  const id = exact.get(trimmed) ?? loose.get(fold(trimmed));
  if (id) return known(id);
  for (const { pattern, parent } of BRANCH_RULES) {
    const region = pattern.exec(trimmed)?.[1];
    if (!region) continue;
    const branch = `${parent}/${fold(region)}`;
    return { id: branch, name: trimmed, lineage: [...lineageOf(parent), branch] };
  }
  return possessiveBranch(trimmed);
}

/** "Islamic State's Khorasan branch": a known group's own branch, named the way reporters do. */
const POSSESSIVE_BRANCH =
  /^(.+?)['’]s\s+(.+?)(?:\s+(?:branch|affiliate|wing|chapter|franchise|province|offshoot))?$/iu;

/**
 * A branch written as its parent's possession ("Islamic State's Khorasan branch", "al-Qaeda's
 * Yemen affiliate"): the listed branch when the parent and region name one, else a new
 * branch under the parent. Null unless the owner is a group we know ("Russia's Ukraine war").
 */
function possessiveBranch(name: string): Actor | null {
  const match = POSSESSIVE_BRANCH.exec(name);
  const [owner, region] = [match?.[1], match?.[2]];
  if (!owner || !region) return null;
  const parent = actorOf(owner);
  if (!parent) return null;
  const listed = actorOf(`${owner} ${region}`);
  if (listed && listed.lineage.includes(parent.id) && listed.id !== parent.id) return listed;
  const branch = `${parent.id}/${fold(region)}`;
  return { id: branch, name, lineage: [...parent.lineage, branch] };
}

/**
 * The branch of the two when one lies within the other ("ISKP" within "Islamic State"), or
 * null when neither does. Both can be true: the branch is the more specific claim.
 */
export function narrowerOf(a: readonly string[], b: readonly string[]): 'a' | 'b' | null {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!shorter.every((id, index) => longer[index] === id)) return null;
  return longer === a ? 'a' : 'b';
}
