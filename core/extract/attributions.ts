/**
 * Attributions of responsibility: "X claimed responsibility", "was claimed by X", "Y
 * attributed the attack to X", "Y blamed X", "Y links the attack to X", "... that X were
 * responsible for the attack". Each gives who says it (speaker) and who is held responsible
 * (target). Patterns on tokens with a bounded look-around; a miss is better than a guess.
 */
import type { Token } from '../quantity/tokens';
import { EVENT_NOUNS, SAYING_VERBS } from './lexicon';
import {
  isPronoun,
  lastNameBefore,
  phraseAfter,
  phraseBefore,
  withAppositive,
  type Phrase,
} from './phrases';

export interface FoundAttribution {
  start: number;
  end: number;
  speaker: Phrase | null;
  target: Phrase;
}

const CLAIM_VERBS = new Set([
  'claimed',
  'claims',
  'claim',
  'claiming',
  'took',
  'takes',
  'assumed',
  'accepted',
  'admitted',
]);
const ATTRIBUTE_VERBS = new Set([
  'attributed',
  'attributes',
  'attribute',
  'attributing',
  'ascribed',
]);
const BLAME_VERBS = new Set(['blamed', 'blames', 'blame', 'blaming']);
/** "police suspect the Pakistani Taliban": a suspicion names whom the speaker holds responsible. */
const SUSPECT_VERBS = new Set(['suspect', 'suspects', 'suspected', 'suspecting']);
const LINK_VERBS = new Set([
  'links',
  'linked',
  'link',
  'linking',
  'tied',
  'ties',
  'tie',
  'tying',
  'connected',
  'connects',
  'connect',
  'connecting',
]);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const REFERENTS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);

/** Resolves "it"/"they" to the nearest name before it, in this sentence or the previous one. */
function resolve(
  text: string,
  tokens: readonly Token[],
  previous: readonly Token[],
  phrase: Phrase | null,
): Phrase | null {
  if (!phrase || !isPronoun(phrase)) return phrase;
  return (
    lastNameBefore(text, tokens, phrase.first) ?? lastNameBefore(text, previous, previous.length)
  );
}

/** True when an event noun follows at i (optionally after "the"/"this"): "the attack". */
function eventAt(tokens: readonly Token[], i: number): number {
  let k = i;
  if (REFERENTS.has(tokens[k]?.lower ?? '')) k += 1;
  for (let n = 0; n < 3; n += 1) {
    const token = tokens[k + n];
    if (token?.kind === 'word' && EVENT_NOUNS.has(token.lower)) return k + n;
  }
  if (tokens[i]?.lower === 'it') return i;
  return -1;
}

/** Position of `word` within `limit` tokens after i, or -1. */
function findAhead(tokens: readonly Token[], i: number, word: string, limit: number): number {
  for (let k = i; k < tokens.length && k < i + limit; k += 1) {
    const token = tokens[k];
    if (!token) break;
    if (token.lower === word) return k;
    if (token.text === '.' || token.text === ';') break;
  }
  return -1;
}

function span(parts: ReadonlyArray<{ start: number; end: number } | null | undefined>): {
  start: number;
  end: number;
} {
  let start = Infinity;
  let end = -Infinity;
  for (const part of parts) {
    if (!part) continue;
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  return { start, end };
}

/**
 * The speaker of a reported clause starting at `clauseStart`: "X said (that) ...", "while
 * Washington says ISKP was responsible", "claims by X ... that".
 */
function clauseSpeaker(text: string, tokens: readonly Token[], clauseStart: number): Phrase | null {
  const thatIndex = tokens[clauseStart - 1]?.lower === 'that' ? clauseStart - 1 : clauseStart;
  const verb = tokens[thatIndex - 1];
  if (verb && SAYING_VERBS.has(verb.lower)) {
    const p = phraseBefore(text, tokens, thatIndex - 1);
    if (p) return p;
  }
  if (thatIndex === clauseStart) return null;
  for (let k = thatIndex - 1; k >= 0 && k > thatIndex - 25; k -= 1) {
    if (tokens[k]?.lower === 'by') {
      const p = phraseAfter(text, tokens, k + 1);
      return p ? withAppositive(text, tokens, p) : null;
    }
  }
  return null;
}

/** Tokens that end a clause: "... ISKP was responsible." or "..., while ...". */
const CLAUSE_ENDS = new Set(['.', ',', ';', '!', '?']);

/**
 * The event a "responsible"/"behind" at i is about: "responsible for the attack", "behind the
 * bombing", or none named when the clause ends there ("Washington says ISKP was responsible.")
 * in a sentence that speaks of an event. -1 when it is about something else.
 */
function responsibilityEvent(tokens: readonly Token[], i: number): number {
  const lower = tokens[i]?.lower;
  const named =
    lower === 'responsible'
      ? tokens[i + 1]?.lower === 'for'
        ? eventAt(tokens, i + 2)
        : -1
      : eventAt(tokens, i + 1);
  if (named >= 0) return named;
  const next = tokens[i + 1];
  const ends = !next || CLAUSE_ENDS.has(next.text);
  return ends && tokens.some((t) => t.kind === 'word' && EVENT_NOUNS.has(t.lower)) ? i : -1;
}

/**
 * Attributions in one sentence (`tokens`, absolute offsets). `previous` holds the previous
 * sentence's tokens for resolving a pronoun subject; `speaker` is the sentence's own speaker
 * ("according to X"), used when a pattern has no subject of its own.
 */
export function findAttributions(
  text: string,
  tokens: readonly Token[],
  previous: readonly Token[],
  speaker: Phrase | null,
): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const push = (
    trigger: { start: number; end: number },
    speakerPhrase: Phrase | null,
    target: Phrase | null,
    triggerEnd?: Token,
  ) => {
    if (!target) return;
    const from = tokens[0]?.start ?? 0;
    const inside = (p: Phrase | null) => (p && p.start >= from ? p : null);
    const { start, end } = span([inside(speakerPhrase), inside(target), trigger, triggerEnd]);
    if (!Number.isFinite(start)) return;
    out.push({ start, end, speaker: speakerPhrase, target });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') continue;
    const lower = token.lower;
    const passive =
      AUXILIARIES.has(tokens[i - 1]?.lower ?? '') || AUXILIARIES.has(tokens[i - 2]?.lower ?? '');
    if (CLAIM_VERBS.has(lower) && tokens[i + 1]?.lower === 'responsibility') {
      const subject = phraseBefore(text, tokens, i);
      const claimer = resolve(text, tokens, previous, subject);
      // The quote starts at the subject as written ("it claimed responsibility").
      const quoted =
        claimer && subject ? { ...claimer, start: subject.start, end: subject.end } : claimer;
      push(subject ?? token, quoted, quoted, tokens[i + 1]);
      continue;
    }
    // "X claimed the attack": the claim names its event instead of "responsibility".
    if (CLAIM_VERBS.has(lower) && !passive && eventAt(tokens, i + 1) > i) {
      const subject = phraseBefore(text, tokens, i);
      const claimer = resolve(text, tokens, previous, subject);
      if (claimer && subject) {
        const quoted = { ...claimer, start: subject.start, end: subject.end };
        push(subject, quoted, quoted, tokens[eventAt(tokens, i + 1)]);
        continue;
      }
    }
    if (lower === 'claimed' && (tokens[i + 1]?.lower === 'by' || tokens[i + 2]?.lower === 'by')) {
      const by = tokens[i + 1]?.lower === 'by' ? i + 1 : i + 2;
      const claimer = phraseAfter(text, tokens, by + 1);
      push(token, claimer, claimer);
      continue;
    }
    if (ATTRIBUTE_VERBS.has(lower) || LINK_VERBS.has(lower)) {
      const to = findAhead(tokens, i + 1, 'to', 8);
      if (to < 0) continue;
      if (LINK_VERBS.has(lower) && !passive && eventAt(tokens, i + 1) < 0) continue;
      const target = phraseAfter(text, tokens, to + 1);
      if (!target) continue;
      const subject = passive
        ? speaker
        : resolve(text, tokens, previous, phraseBefore(text, tokens, i));
      push(token, subject, target);
      continue;
    }
    if (SUSPECT_VERBS.has(lower) && !passive) {
      const target = phraseAfter(text, tokens, i + 1);
      if (!target || !/^\p{Lu}/u.test(text.slice(target.start, target.end))) continue;
      push(token, resolve(text, tokens, previous, phraseBefore(text, tokens, i)), target);
      continue;
    }
    if (BLAME_VERBS.has(lower)) {
      const on = findAhead(tokens, i + 1, 'on', 8);
      const target = on >= 0 ? phraseAfter(text, tokens, on + 1) : phraseAfter(text, tokens, i + 1);
      const subject = passive
        ? speaker
        : resolve(text, tokens, previous, phraseBefore(text, tokens, i));
      push(token, subject, target);
      continue;
    }
    if (
      (lower === 'responsible' || lower === 'behind') &&
      AUXILIARIES.has(tokens[i - 1]?.lower ?? '')
    ) {
      const eventIndex = responsibilityEvent(tokens, i);
      if (eventIndex < 0) continue;
      const target = resolve(text, tokens, previous, phraseBefore(text, tokens, i - 1));
      if (!target) continue;
      const who = clauseSpeaker(text, tokens, target.first) ?? speaker;
      push(token, who, target, tokens[eventIndex]);
    }
  }
  return out;
}
