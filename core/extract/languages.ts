/**
 * The per-language side of extraction, behind one interface: how a language's figures,
 * measures, dates, speakers and attributions are read, and the cheap pre-checks that skip
 * sentences holding none. extractSuggestions (index.ts) picks one by the source's language
 * (metadata.language, BCP 47) and is otherwise the same for every language. English is the
 * original reader; Russian is tables (ru/); a language with neither reads with the English
 * rules, its bare figures marked as possibly qualified by words we cannot read.
 */
import { scanFiguresIn } from '../quantity/languages';
import { primaryLanguage } from '../language/tags';
import { findAttributions } from './attributions';
import { datesAnEvent } from './date-role';
import { findDates, mayHoldDate } from './dates';
import { findEventCues } from './events';
import { CASUALTY_CUES, COUNT_CUES, EVENT_NOUNS, EVENT_VERBS } from './lexicon';
import type { ExtractionLanguage } from './extraction-language';
import { measureFigures } from './measures';
import { findSpeaker } from './speakers';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/date-words';
import { russianExtraction } from './ru/extraction';

/**
 * Digits of any script, a number word, a vague amount or an attribution/speech cue. Plain
 * alternations with word boundaries: linear, no backtracking.
 */
const CANDIDATE =
  /\d|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens|zero|responsib\w*|attribut\w*|blam\w*|claimed|links?|linked|linking|tied|behind|according)\b/i;
const MONTH_OR_YEAR = new RegExp(
  `\\b(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map((m) => m[0]?.toUpperCase() + m.slice(1))].join('|')})\\b`,
);

/** Every English word that marks an event: event nouns and verbs, casualty and count cues. */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS,
  ...EVENT_VERBS,
  ...Object.values(CASUALTY_CUES).flatMap((set) => [...set]),
  ...Object.values(COUNT_CUES).flatMap((set) => [...set]),
]);

/** The English reader; `language` only decides whether bare figures are marked unread. */
function englishExtraction(language: string): ExtractionLanguage {
  return {
    candidate: CANDIDATE,
    monthOrYear: MONTH_OR_YEAR,
    figures: (text, tokens) => scanFiguresIn(language, text, tokens),
    measure: measureFigures,
    mayHoldDate,
    dates: findDates,
    datesAnEvent,
    mentionsEvent: (tokens) => tokens.some((t) => t.kind === 'word' && EVENT_WORDS.has(t.lower)),
    eventCues: findEventCues,
    speaker: findSpeaker,
    attributions: findAttributions,
  };
}

const ENGLISH = englishExtraction('en');

/** The extraction rules for a source's language (BCP 47 tag); English when none is known. */
export function extractionLanguage(language: string | null | undefined): ExtractionLanguage {
  const primary = primaryLanguage(language);
  if (primary === 'ru') return russianExtraction;
  if (primary === 'en' || primary === 'und' || primary === '') return ENGLISH;
  return englishExtraction(primary);
}
