import { extractionLanguage } from '../extract/languages';
import type { SourceInfo } from '../model/source-info';
import type { Gazetteer } from '../places/gazetteer';
import { tokenize } from '../quantity/tokens';
import { eventPlacesOf, type EventPlaces } from './event-places';
import { eventKeyOf, type EventKey } from './event-key';
import { venueKinds } from './venue-parts';
import { runToEnd } from '../steps/run-to-end';

/** How many paragraphs of prose after the headline make the lede a main event is read from. */
const LEDE_PARAGRAPHS = 2;
/** Fewer words than this make a deck line or bullet under the headline, not a paragraph of prose. */
const PROSE_WORDS = 8;
/** Most blocks read for the lede, deck lines included: a page of bullets stays cheap. */
const LEDE_BLOCKS = 6;
/** Longest stretch of a paragraph read for the lede: a huge first block stays cheap. */
const LEDE_CHARS = 1200;
/**
 * A report is about an event on or before its publication day, within this many days before:
 * long enough for a follow-up ("three months after the attack"), short enough that the same
 * city's attacks of other years stay apart.
 */
export const REPORT_LAG_DAYS = 180;

const DAY_MS = 86_400_000;

/** Title, subtitle and the first paragraphs: where a report says what it is about. */
function ledeParts(info: SourceInfo): string[] {
  const title = info.metadata.title.trim();
  const parts = [title, info.metadata.subtitle ?? ''];
  const paragraphs = (info.text ?? '')
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '' && block.replace(/^#+\s*/u, '') !== title);
  // Deck lines under a headline ("Rescue under way.", "Day of mourning held.") come along
  // but do not count: the lede is the first paragraphs of prose.
  let prose = 0;
  for (const paragraph of paragraphs.slice(0, LEDE_BLOCKS)) {
    if (prose >= LEDE_PARAGRAPHS) break;
    parts.push(paragraph.slice(0, LEDE_CHARS));
    if (paragraph.split(/\s+/u).length >= PROSE_WORDS) prose += 1;
  }
  return parts.filter(Boolean);
}

/** "Bajaur district", "the Khar area": a capitalised name before a kind of place. */
const NAME_BEFORE_PLACE_NOUN =
  /\b(\p{Lu}[\p{L}’'-]+)\s+(?:district|province|city|town|village|region|area|county|governorate|oblast|valley)\b/gu;
/** "in northwestern Bajaur", "near Kerman": a capitalised name after a place preposition. */
const NAME_AFTER_PREPOSITION =
  /\b(?:in|at|near|outside)\s+(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s+)?(\p{Lu}[\p{L}’'-]+)/gu;

/** Place-like names of a lede that its event cues may miss ("in northwestern Bajaur district"). */
function ledePlaceNames(lede: string): string[] {
  const names: string[] = [];
  for (const pattern of [NAME_BEFORE_PLACE_NOUN, NAME_AFTER_PREPOSITION])
    for (const match of lede.matchAll(pattern)) if (match[1]) names.push(match[1]);
  return names;
}

/**
 * The window in which an event reported on `published` took place: the day itself and the
 * {@link REPORT_LAG_DAYS} before it, as an ISO interval; a month-only date ends with its month.
 */
export function reportWindow(published: string | null | undefined): string | undefined {
  if (!published) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published);
  const month = /^(\d{4})-(\d{2})$/u.exec(published);
  if (!day && !month) return undefined;
  const end = day
    ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    : Date.UTC(Number(month?.[1]), Number(month?.[2]), 0);
  const start = new Date(end - REPORT_LAG_DAYS * DAY_MS).toISOString().slice(0, 10);
  return `${start}/${new Date(end).toISOString().slice(0, 10)}`;
}

/**
 * A source's main event, read the way an analyst reads a report: from its headline and lede.
 * Names come from the event cues there ("suicide attack at a rally in Bajaur district"),
 * places from every place name the gazetteer knows there, and the date from the publication
 * day (the event happened on it or shortly before). Null when the lede names nothing.
 */
export function mainEventOf(info: SourceInfo, gazetteer?: Gazetteer): MainEvent | null {
  const parts = ledeParts(info);
  const lede = parts.join('\n\n');
  // The lede's cues are read in the source's language ("теракт в «Крокус Сити Холле»").
  const { eventCues } = extractionLanguage(info.metadata.language);
  const cues = parts.flatMap((part) => eventCues(part, tokenize(part)).map((cue) => cue.text));
  const key = eventKeyOf(
    [...cues, ...ledePlaceNames(lede)].join(' ; '),
    reportWindow(info.metadata.published),
  );
  const places = gazetteer ? ledePlaces(lede, gazetteer) : null;
  if (places) key.places = places;
  if (key.names.length === 0 && !places) return null;
  return {
    key,
    cue: cues[0] ?? info.metadata.title.trim(),
    venueKinds: [...venueKinds(lede)].sort(),
  };
}

/**
 * A wire dateline opening a paragraph: "Moscow (CNN) —", "KABUL, Aug. 26 (Xinhua) --",
 * "PESHAWAR:". It names where the report was filed, often the capital rather than the place
 * of the event.
 */
const DATELINE =
  /^\p{Lu}[\p{L}.’' -]{1,40}?(?:,[^()\n—–:]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*[—–-]{1,2}|[—–]|--|:)\s/mu;

/**
 * Where the lede's event happened. The places of a dateline count only when the rest of the
 * lede names none: "Moscow (CNN) — ... in St. Petersburg" is about St. Petersburg, while
 * "PESHAWAR: The number of people killed in the suicide bombing ..." is about Peshawar.
 */
function ledePlaces(lede: string, gazetteer: Gazetteer): EventPlaces | null {
  const withoutDatelines = lede.replace(new RegExp(DATELINE.source, 'gmu'), '');
  return eventPlacesOf(withoutDatelines, gazetteer) ?? eventPlacesOf(lede, gazetteer);
}

/** A source's main event: its key for matching and a cue to show for it. */
export interface MainEvent {
  key: EventKey;
  cue: string;
  /** The kinds of venue the lede names ("airport", "metro"): two or more make sites parts. */
  venueKinds: string[];
}

/** Main events already read, by what they depend on; see {@link mainEvents}. */
const NO_GAZETTEER = {};
const readEvents = new WeakMap<Gazetteer | typeof NO_GAZETTEER, Map<string, MainEvent | null>>();
/** Past this many remembered sources the memo starts again, so it cannot grow without bound. */
const MEMO_LIMIT = 5000;

/** What a source's main event depends on, or null when its text cannot be told apart. */
function memoKey(info: SourceInfo): string | null {
  if (info.text !== undefined && !info.contentHash) return null;
  const { title, subtitle, published } = info.metadata;
  return JSON.stringify([info.id, info.contentHash ?? '', title, subtitle ?? '', published ?? '']);
}

/** Sources whose main event is read between two yields of {@link mainEventsInSteps}. */
const READ_PER_SLICE = 20;

/**
 * The main event of every source, by source id (see {@link mainEventOf}). Every derivation of
 * the groups asks for them, and a source's lede rarely changes between two edits, so each is
 * read once per text, metadata and gazetteer and remembered.
 */
export function mainEvents(
  sources: readonly SourceInfo[],
  gazetteer?: Gazetteer,
): Map<string, MainEvent> {
  return runToEnd(mainEventsInSteps(sources, gazetteer));
}

/**
 * {@link mainEvents} as steps, yielding after every few sources it has to read: with a gazetteer
 * just arrived, reading 200 ledes takes ~60 ms, which a host may split between frames.
 */
export function* mainEventsInSteps(
  sources: readonly SourceInfo[],
  gazetteer?: Gazetteer,
): Generator<void, Map<string, MainEvent>, void> {
  const owner = gazetteer ?? NO_GAZETTEER;
  let memo = readEvents.get(owner);
  if (!memo || memo.size > MEMO_LIMIT) {
    memo = new Map();
    readEvents.set(owner, memo);
  }
  const out = new Map<string, MainEvent>();
  let read = 0;
  for (const source of sources) {
    const key = memoKey(source);
    let main = key === null ? undefined : memo.get(key);
    if (main === undefined) {
      main = mainEventOf(source, gazetteer);
      if (key !== null) memo.set(key, main);
      read += 1;
      if (read % READ_PER_SLICE === 0) yield;
    }
    if (main) out.set(source.id, main);
  }
  return out;
}
