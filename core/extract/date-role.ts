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
  REVISION_VERBS,
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

/**
 * What a date in a sentence dates: an event; the start or end of a period ("since 2020"); the
 * filing of a wire report (its dateline); a telling (a publication, a statement, a warning); or
 * a revision of a figure ("the toll rose to 44 on Monday").
 */
export type DateRole = 'event' | 'period' | 'dateline' | 'telling' | 'revision';

type Decision = 'event' | 'telling' | 'revision' | null;

/** What one word says about the date it is near: reporting verbs win over event words. */
function decide(token: Token | undefined): Decision {
  if (!token || token.kind !== 'word') return null;
  if (REPORT_VERBS.has(token.lower)) return 'telling';
  if (REVISION_VERBS.has(token.lower)) return 'revision';
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
    if (PUBLICATION_NOUNS.has(t.lower)) return 'telling';
    if (EVENT_NOUNS.has(t.lower)) return 'event';
    if (words >= NOUN_WORDS) return null;
  }
  return null;
}

/**
 * True when the date opens its clause ("In 2022, ...", "For example, in April 2022, ..."), or
 * opens the sentence after a preposition even without a comma ("On Thursday the authorities
 * reduced ...").
 */
function isFronted(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first - 1;
  const preposition = FRONTING.has(tokens[k]?.lower ?? '');
  if (preposition) k -= 1;
  const before = tokens[k];
  const opens = k < 0 || before?.text === ',' || before?.text === ';';
  return opens && (tokens[last + 1]?.text === ',' || (k < 0 && preposition));
}

/** Words a dateline may hold before its date: the place, in capitals or not ("KABUL, Aug 26"). */
const DATELINE_LEAD_TOKENS = 6;

/**
 * True for a wire dateline ("April 25 (UPI) --", "KABUL, Aug. 26 (Xinhua) –"): a date near the
 * start of the sentence followed by an agency in brackets and a dash, or by a dash alone. It is
 * the day the report was filed, never the event's date.
 */
function isDateline(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > DATELINE_LEAD_TOKENS) return false;
  let k = last + 1;
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && k <= last + 6 && tokens[k]?.text !== ')') k += 1;
    if (tokens[k]?.text !== ')') return false;
    k += 1;
  }
  return /^[-–—]$/u.test(tokens[k]?.text ?? '');
}

/**
 * What the date at tokens[first..last] of one sentence dates. In order: a period bound ("since
 * 2020") and a wire dateline ("April 25 (UPI) --") are that; a date before a noun dates that
 * noun ("the March 22 assault", "the April issue"); otherwise the nearest deciding word before
 * it (up to eight words: "killed in March 2024", "published by the authorities in June", "the
 * toll rose on Monday"); a fronted date is decided by its clause ("In February 2023, Al-Azaim
 * reminded ...", "On Thursday the authorities reduced ..."). Undecided dates are the event's:
 * the sentence already mentions one. Trade-off: no syntax, so a reporting verb close before an
 * event's date ("said the attack in March") can hide it when no event noun sits nearer.
 */
export function dateRole(tokens: readonly Token[], first: number, last: number): DateRole {
  if (PERIOD_BOUNDS.has(tokens[first - 1]?.lower ?? '')) return 'period';
  if (isDateline(tokens, first, last)) return 'dateline';
  const noun = nounAfter(tokens, last);
  if (noun) return noun;
  let words = 0;
  for (let k = first - 1; k >= 0 && words < BACK_WORDS; k -= 1) {
    const t = tokens[k];
    if (t?.kind !== 'word') continue;
    words += 1;
    const d = decide(t);
    if (d) return d;
  }
  if (isFronted(tokens, first, last)) {
    words = 0;
    for (let k = last + 1; k < tokens.length && words < FRONTED_WORDS; k += 1) {
      const t = tokens[k];
      if (t?.kind !== 'word') continue;
      words += 1;
      const d = decide(t);
      if (d) return d;
    }
  }
  return 'event';
}

/** True when the date dates an event (see {@link dateRole}): what a date suggestion needs. */
export function datesAnEvent(tokens: readonly Token[], first: number, last: number): boolean {
  return dateRole(tokens, first, last) === 'event';
}

/**
 * True when the date may date the claims of its sentence: anything but a dateline or the day a
 * figure was revised, which are days of reporting. A period bound ("the worst since 2014, the
 * year ... killed 147") and a telling still place the claim in time.
 */
export function datesAClaim(tokens: readonly Token[], first: number, last: number): boolean {
  const role = dateRole(tokens, first, last);
  return role !== 'dateline' && role !== 'revision';
}
