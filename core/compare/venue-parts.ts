/**
 * Sub-counts by venue in an attack on several sites: when a report's lede names two or more
 * kinds of venue ("explosions at the airport and on the subway"), a figure whose own sentence
 * names only one of them ("11 were killed in the departures hall of the airport") counts the
 * dead there, a part of the toll, never the toll itself nor a conflict with it.
 */
import { VENUE_NOUNS } from '../extract/lexicon';
import { PART_VENUES } from './event-key';

/**
 * Venue words of one kind: a metro's stations, trains and lines are the metro; a terminal is
 * the airport. Words here count as venues even where the venue list lacks them.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  subway: 'metro',
  train: 'metro',
  station: 'metro',
  underground: 'metro',
  railway: 'metro',
  tube: 'metro',
  tram: 'metro',
  terminal: 'airport',
};

/** Venue words that say who speaks or where victims went, not where an attack struck. */
const NOT_SITES = new Set([...PART_VENUES, 'ministry', 'office', 'border', 'checkpoint']);

/**
 * People named after an institution ("members of parliament", "staff of the embassy"): the
 * venue word then says who they are, not where anything happened.
 */
const MEMBERS_OF = new Set(
  'member members mp mps speaker staff head chief director employees officials official'.split(' '),
);

/** True when the words before a venue make it an institution's people: "members of (the) X". */
function namesItsPeople(words: readonly string[], at: number): boolean {
  let k = at - 1;
  if (words[k] === 'the' || words[k] === 'its') k -= 1;
  return words[k] === 'of' && MEMBERS_OF.has(words[k - 1] ?? '');
}

/** The kinds of venue a text names, each once ("airport", "metro", "church"). */
export function venueKinds(text: string): Set<string> {
  const kinds = new Set<string>();
  const words = [...text.toLowerCase().matchAll(/\p{L}+/gu)].map((match) => match[0]);
  for (const [at, word] of words.entries()) {
    if (namesItsPeople(words, at)) continue;
    const singular = /(?:ch|sh|ss|x)es$/u.test(word)
      ? word.slice(0, -2)
      : word.endsWith('s')
        ? word.slice(0, -1)
        : word;
    const known = (w: string) => VENUE_NOUNS.has(w) || FAMILIES[w] !== undefined;
    const venue = known(word) ? word : known(singular) ? singular : null;
    if (!venue || NOT_SITES.has(venue)) continue;
    kinds.add(FAMILIES[venue] ?? venue);
  }
  return kinds;
}

/** Longest stretch read on each side of a figure for its sentence. */
const SENTENCE_REACH = 400;

/** The sentence around [start, end) of a text: from the last full stop before to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + SENTENCE_REACH);
  const next = after.search(/[.!?](?:\s|$)|\n/u);
  return text.slice(
    stop >= 0 ? from + stop + 1 : from,
    next >= 0 ? end + next : end + after.length,
  );
}

/**
 * The one venue kind a figure's own sentence names among the several its source's lede names,
 * or undefined (a single-site attack, a sentence naming none or several of them, no text).
 */
export function venuePartOf(
  text: string | undefined,
  start: number,
  end: number,
  ledeKinds: readonly string[],
): string | undefined {
  if (!text || ledeKinds.length < 2) return undefined;
  const own = [...venueKinds(sentenceAround(text, start, end))].filter((kind) =>
    ledeKinds.includes(kind),
  );
  return own.length === 1 ? own[0] : undefined;
}
