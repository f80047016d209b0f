/**
 * Whether a date in a sentence dates an event ("the March 22 assault", "killed in March 2024",
 * "In May 2022, ISKP launched ...") or something else: a publication ("published in June 2024",
 * "the April issue"), a report or warning ("warned Moscow in early March"), or the start or end
 * of a period ("at least since 2020"). Word tables, no parser: the nearest deciding word wins.
 */
import type { Token } from '../quantity/tokens';
import { STOPWORDS } from '../quantity/units';
import {
  CASUALTY_CUES,
  COUNT_CUES,
  EVENT_NOUNS,
  EVENT_VERBS,
  FACILITY_NOUNS,
  PERIOD_BOUNDS,
  PUBLICATION_NOUNS,
  REPORT_VERBS,
} from './lexicon';

/** Words looked at on each side of a date. */
const BACK_WORDS = 8;
const FRONTED_WORDS = 12;
const NOUN_WORDS = 2;

/** Words that make a date an event's: event nouns and verbs, casualty and count cues, venues. */
const EVENT_SIDE: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS,
  ...EVENT_VERBS,
  ...FACILITY_NOUNS,
  ...Object.values(CASUALTY_CUES).flatMap((set) => [...set]),
  ...Object.values(COUNT_CUES).flatMap((set) => [...set]),
]);

/** Prepositions that open a fronted date ("In May 2022, ..."; "On September 5, ..."). */
const FRONTING = new Set(['in', 'on', 'by', 'during', 'at', 'from', 'early', 'late', 'mid']);

type Decision = 'event' | 'other' | null;

/** What one word says about the date it is near: reporting verbs win over event words. */
function decide(token: Token | undefined): Decision {
  if (!token || token.kind !== 'word') return null;
  if (REPORT_VERBS.has(token.lower)) return 'other';
  if (EVENT_SIDE.has(token.lower)) return 'event';
  return null;
}

/** "The 2022 and 2023 rocket attacks", "the April issue": the noun a pre-nominal date dates. */
function nounAfter(tokens: readonly Token[], last: number): Decision {
  let words = 0;
  for (let k = last + 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t) break;
    // "2022 and 2023", "March 22, 2024": further parts of the date.
    if (t.kind === 'number' || t.text === ',' || t.text === '-' || t.text === '–') continue;
    if (t.lower === 'and' || t.lower === 'or') continue;
    if (t.kind !== 'word' || STOPWORDS.has(t.lower)) return null;
    words += 1;
    if (PUBLICATION_NOUNS.has(t.lower)) return 'other';
    if (EVENT_NOUNS.has(t.lower)) return 'event';
    if (words >= NOUN_WORDS) return null;
  }
  return null;
}

/** True when the date opens its clause ("In 2022, ...", "For example, in April 2022, ..."). */
function isFronted(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first - 1;
  if (FRONTING.has(tokens[k]?.lower ?? '')) k -= 1;
  const before = tokens[k];
  const opens = k < 0 || before?.text === ',' || before?.text === ';';
  return opens && tokens[last + 1]?.text === ',';
}

/**
 * True when the date at tokens[first..last] of one sentence dates an event. In order: a period
 * bound ("since 2020") never does; a date before a noun dates that noun ("the March 22 assault",
 * "the April issue"); otherwise the nearest deciding word before it (up to eight words: "killed
 * in March 2024", "published by the authorities in June"); a fronted date is decided by its
 * clause ("In February 2023, Al-Azaim reminded ..."). Undecided dates are kept: the sentence
 * already mentions an event. Trade-off: no syntax, so a reporting verb close before an event's
 * date ("said the attack in March") can hide it when no event noun sits nearer.
 */
export function datesAnEvent(tokens: readonly Token[], first: number, last: number): boolean {
  if (PERIOD_BOUNDS.has(tokens[first - 1]?.lower ?? '')) return false;
  const noun = nounAfter(tokens, last);
  if (noun) return noun === 'event';
  let words = 0;
  for (let k = first - 1; k >= 0 && words < BACK_WORDS; k -= 1) {
    const t = tokens[k];
    if (t?.kind !== 'word') continue;
    words += 1;
    const d = decide(t);
    if (d) return d === 'event';
  }
  if (isFronted(tokens, first, last)) {
    words = 0;
    for (let k = last + 1; k < tokens.length && words < FRONTED_WORDS; k += 1) {
      const t = tokens[k];
      if (t?.kind !== 'word') continue;
      words += 1;
      const d = decide(t);
      if (d) return d === 'event';
    }
  }
  return true;
}
