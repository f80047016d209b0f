/**
 * Figures that count a part of a casualty measure rather than all of it: the hospitalised
 * among the injured, those killed at the scene or who died later, "27 of the dead", "three
 * more". The comparison keeps a part apart from its whole, so these never read as conflicts.
 */
import type { Token } from '../quantity/tokens';
import { nearestWord } from './word-walk';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../text/date-words';
import { DEATH_STATES, INJURY_STATES, RECOVERY_VERBS, UNDER_TREATMENT_CUES } from './lexicon';

/** Tokens that end a clause: a figure's measure or state is not looked for beyond them. */
export const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '—', '–']);

/** Longest aside in brackets, in tokens, that a clause is read past. */
const ASIDE_TOKENS = 8;

/** The index of the "(" that the ")" at `close` ends, when the aside is short; else -1. */
function openingBracket(tokens: readonly Token[], close: number, stop: number): number {
  for (let k = close - 1; k > stop && close - k <= ASIDE_TOKENS; k -= 1) {
    const text = tokens[k]?.text;
    if (text === '(') return k;
    if (text === ')' || CLAUSE_BREAKS.has(text ?? '')) return -1;
  }
  return -1;
}

/**
 * Where the clause holding tokens[at] starts, looking back no further than `stop`: after the
 * nearest clause break, reading past short asides in brackets ("the Islamic State (ISIL) on
 * the metro to 35"). `aside` counts the tokens of the asides passed.
 */
export function clauseStart(
  tokens: readonly Token[],
  at: number,
  stop: number,
): { from: number; aside: number } {
  let from = at;
  let aside = 0;
  while (from > stop) {
    const before = tokens[from - 1]?.text ?? '';
    const open = before === ')' ? openingBracket(tokens, from - 1, stop) : -1;
    if (open >= 0) {
      aside += from - 1 - open;
      from = open;
      continue;
    }
    if (CLAUSE_BREAKS.has(before)) break;
    from -= 1;
  }
  return { from, aside };
}

/** Adjectives that make the counted dead or hurt those not yet named. */
const UNNAMED_WORDS = new Set(['unidentified', 'unidentifiable', 'unclaimed', 'unnamed']);

/** Words read after a figure for its state. */
const STATE_WORDS = 14;

/**
 * The state the words after a figure give it, as a subject phrase the population key knows
 * ("hospitalised", "in critical condition", "at the scene", "died later"), or null. Read up to
 * the next figure: "14 died: eleven at the scene, three later" gives each its own.
 */
export function stateAfter(
  tokens: readonly Token[],
  from: number,
  to: number,
  measure: string | undefined,
): string | null {
  const table = measure === 'deaths' ? DEATH_STATES : INJURY_STATES;
  let words = 0;
  // Weaker than any other state: "six under treatment were still in a critical state" are
  // the critically hurt.
  let underTreatment: string | null = null;
  // "25 unidentified bodies": the adjective of the counted noun itself, never a later clause
  // ("30 were killed, some still unidentified").
  if (UNNAMED_WORDS.has(tokens[from]?.lower ?? '')) return 'unidentified';
  for (let i = from; i < to && words < STATE_WORDS; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text)) break;
    if (token.kind !== 'word') continue;
    words += 1;
    const lower = token.lower;
    if ((lower === 'scene' || lower === 'spot') && tokens[i - 1]?.lower === 'the') {
      const before = tokens[i - 2]?.lower;
      if (before === 'at' || before === 'on') return 'at the scene';
    }
    if (measure === 'deaths' && recovers(tokens, i)) return 'recovered';
    const care = measure === 'deaths' ? null : careState(tokens, i);
    // "six under treatment in city hospitals were critical", "six people in hospitals were
    // critical": the hospital says where they lie; a state after it is theirs.
    const where =
      care === 'hospitalised' && (underTreatment !== null || locatesNoun(tokens, from, i));
    if (care === 'under treatment' || where) {
      underTreatment ??= care;
      continue;
    }
    const state = care ?? table[lower];
    // "died later", "died in hospital": a death state only right after a verb of dying.
    if (state && measure === 'deaths' && !afterDying(tokens, i)) continue;
    // The nearest state is the figure's: in "220 of whom were hospitalised, some critically
    // ill", the critically ill are a further part.
    if (state) return state;
  }
  return underTreatment;
}

/** True for a recovery verb with its "from"/"out of" ("pulled from", "taken out of"). */
function recovers(tokens: readonly Token[], at: number): boolean {
  if (!RECOVERY_VERBS.has(tokens[at]?.lower ?? '')) return false;
  const next = tokens[at + 1]?.lower;
  return next === 'from' || next === 'out' || (next === 'up' && tokens[at + 2]?.lower === 'from');
}

/** Words looked at before "hospital" or "treatment" for what they say of the patients. */
const CARE_LOOKBACK = 3;

/**
 * What "hospital" or "treatment" at tokens[at] says of the injured it follows: "under
 * treatment" after a cue of still being cared for ("remained in hospital", "being treated"),
 * else "hospitalised" ("taken to hospital", "treated in hospitals").
 */
function careState(tokens: readonly Token[], at: number): string | null {
  const word = tokens[at]?.lower ?? '';
  if (!/^(?:hospitals?|treat(?:ed|ment))$/u.test(word)) return null;
  for (let i = at - 1; i >= 0 && i >= at - CARE_LOOKBACK; i -= 1)
    if (UNDER_TREATMENT_CUES.has(tokens[i]?.lower ?? '')) return 'under treatment';
  return 'hospitalised';
}
/**
 * True when the hospital word at `at` sits in an "in ..." phrase right after the figure's own
 * noun ("six people in St. Mary's hospitals"): it locates them, no verb put them there.
 */
function locatesNoun(tokens: readonly Token[], from: number, at: number): boolean {
  return tokens[from]?.lower === 'in' && at - from <= HOSPITAL_NAME_TOKENS;
}
/** Tokens a hospital's name may take between "in" and "hospital" ("in St. Mary's city"). */
const HOSPITAL_NAME_TOKENS = 5;
const DYING = new Set(['died', 'succumbed', 'perished', 'die']);
/** Words read after a figure for the verb of dying that makes its injured the dead. */
const DYING_REACH = 6;

/**
 * True when a verb of dying follows a figure within a few words of its clause: "four of the
 * wounded died overnight", "two of the injured later succumbed" count deaths, not the injured.
 */
export function diesAfter(tokens: readonly Token[], from: number, to: number): boolean {
  const dies = (token: Token) => (DYING.has(token.lower) ? true : null);
  return nearestWord(tokens, from, to, 1, DYING_REACH, dies, CLAUSE_OR_LIST) ?? false;
}
/** A clause break or a list comma: "four of the wounded, and two who died" is not theirs. */
const CLAUSE_OR_LIST: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, ',']);

function afterDying(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 5; i -= 1)
    if (DYING.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

const PARTITIVE_HEADS = new Set(['whom', 'them', 'the', 'those', 'these']);
/** Words that open a part of a whole named before: "including 11 children". */
export const INCLUDING = new Set(['including', 'among']);
const INCREMENTS = new Set(['more', 'additional', 'further']);

/**
 * A figure that counts part of a whole the sentence names: "27 of the dead were policemen",
 * "seven of whom are in intensive care", "including 11 children", "three more died". Returns
 * the words that say which part (up to the next figure or clause break), prefixed with "part",
 * or null.
 */
export function partOf(
  tokens: readonly Token[],
  startToken: number,
  endToken: number,
  to: number,
): string | null {
  const after = tokens[endToken]?.lower ?? '';
  const partitive = after === 'of' && PARTITIVE_HEADS.has(tokens[endToken + 1]?.lower ?? '');
  const before = tokens[startToken - 1]?.lower ?? '';
  if (!partitive && !INCLUDING.has(before) && !INCREMENTS.has(after)) return null;
  const words: string[] = [];
  for (let i = endToken; i < to && words.length < STATE_WORDS; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text) || token.text === ',') break;
    if (token.kind === 'word') words.push(token.text);
  }
  return ['part', ...words].join(' ');
}

/** Verbs of a relative clause that says who people were ("who held", "who were"). */
const IDENTITY_VERBS = new Set('held hold had have were was are carried'.split(' '));
/** Words read in such a clause. */
const RELATIVE_WORDS = 8;

/**
 * The capitalised words of a relative clause saying who the people counted were: "two people
 * who held both British and US passports" -> "British US", "three persons who were Italian
 * nationals" -> "Italian", "two from Turkey" -> "Turkey". The comparison folds them into a population key, so such a part
 * is never the toll. Null when no such clause follows the figure's noun.
 */
export function nationalitiesAfter(tokens: readonly Token[], endToken: number): string | null {
  const pronoun = tokens[endToken]?.lower;
  if (pronoun === 'from') return originAfter(tokens, endToken + 1);
  if (pronoun !== 'who' && pronoun !== 'that') return null;
  if (!IDENTITY_VERBS.has(tokens[endToken + 1]?.lower ?? '')) return null;
  const names: string[] = [];
  for (let i = endToken + 2, words = 0; i < tokens.length && words < RELATIVE_WORDS; i += 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text) || token.text === ',') break;
    if (token.kind !== 'word') continue;
    words += 1;
    if (/^\p{Lu}/u.test(token.text)) names.push(token.text);
  }
  return names.length > 0 ? names.join(' ') : null;
}

/**
 * The name run of "from <Country>" right after a figure ("two from Turkey"): where the people
 * counted came from. A month or a weekday is a time ("from Monday's 30"), never an origin.
 */
function originAfter(tokens: readonly Token[], from: number): string | null {
  const names: string[] = [];
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) break;
    const name = token.text.replace(/[’']s$/u, '');
    const lower = name.toLowerCase();
    if (MONTH_WORDS.has(lower) || WEEKDAY_WORDS.has(lower)) return null;
    names.push(name);
  }
  return names.length > 0 ? names.join(' ') : null;
}
