/**
 * What a language supplies to extraction (languages.ts picks one per source): its figures,
 * measures, dates, speakers and attributions, and the cheap pre-checks that skip sentences
 * holding none. The fact keys it yields (measure names, population words) are language-neutral.
 */
import type { FoundFigure } from '../quantity/figure';
import type { Token } from '../quantity/tokens';
import type { FoundAttribution } from './attributions';
import type { FoundDate } from './dates';
import type { EventCue } from './events';
import type { Measured } from './measures';
import type { Phrase } from './phrases';

export interface ExtractionLanguage {
  /** Cheap pre-check on raw text: a sentence without a match holds no figure or attribution. */
  candidate: RegExp;
  /** Cheap pre-check for a date (month names, years). */
  monthOrYear: RegExp;
  figures: (text: string, tokens: Token[]) => FoundFigure[];
  measure: (tokens: readonly Token[], figures: readonly FoundFigure[]) => Measured[];
  mayHoldDate: (tokens: readonly Token[]) => boolean;
  dates: (
    text: string,
    tokens: readonly Token[],
    start: number,
    end: number,
    published: string | null | undefined,
  ) => FoundDate[];
  /** True when the date at tokens[first..last] dates an event (not a publication). */
  datesAnEvent: (tokens: readonly Token[], first: number, last: number) => boolean;
  mentionsEvent: (tokens: readonly Token[]) => boolean;
  /** The event, venue and place cues of one sentence ("теракт в «Крокус Сити Холле»"). */
  eventCues: (text: string, tokens: readonly Token[]) => EventCue[];
  speaker: (text: string, tokens: readonly Token[]) => Phrase | null;
  attributions: (
    text: string,
    tokens: readonly Token[],
    previous: readonly Token[],
    speaker: Phrase | null,
  ) => FoundAttribution[];
}
