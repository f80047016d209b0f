/**
 * What a figure measures, from the words around it: a casualty cue ("killed", "wounded") or a
 * count cue ("arrested", "join") within a few words, the counted noun ("12 plots"), or the
 * measure of the figure it is joined to ("13 American soldiers ... and 170 Afghans").
 */
import type { FoundFigure } from '../quantity/figure';
import { tokenAt, type Token } from '../quantity/tokens';
import { countedNounHead } from './counted-noun';
import {
  BACK_WORDS,
  FORWARD_WORDS,
  clauseHeadCue,
  coordinatedAway,
  cueIn,
  headNounBefore,
  headsNextFigure,
  refersToPrevious,
  wordBack,
} from './cues';
import { diesAfter, nationalitiesAfter, partOf, stateAfter } from './parts';
import { countsThosePresent } from './presence';
import { roleAfter } from './role-after';
import {
  includedIn,
  labelMeasure,
  partitiveBefore,
  partitiveNounAfter,
  restatesToll,
  sharedTrailingMeasure,
} from './referents';
import {
  CASUALTY_CUES,
  GENERIC_UNITS,
  INJURY_STATES,
  NON_COUNT_UNITS,
  THING_UNITS,
  UNIT_MEASURES,
} from './lexicon';

/** States that only the injured are in: a bare figure in one of them counts the injured. */
const INJURED_STATES = new Set(['under treatment', ...Object.values(INJURY_STATES)]);

/** Longest gap (in words) over which a figure inherits its neighbour's measure. */
const INHERIT_GAP = 6;

export interface Measured {
  figure: FoundFigure;
  measure: string;
  type: 'casualty' | 'count';
  /** The counted noun, own or inherited. */
  unit?: string;
  /** The counted noun when it names who is counted ("American soldiers", "Tajiks"). */
  subject?: string;
}

/**
 * Gives each figure of one sentence its measure, or drops it when it counts nothing comparable
 * (durations, percentages, money, a lone "one" with no cue). `tokens` are the sentence's tokens.
 */
export function measureFigures(
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
): Measured[] {
  const out: Measured[] = [];
  let previous: { measured: Measured | null; endToken: number } = { measured: null, endToken: 0 };
  let cursor = 0;
  figures.forEach((figure, index) => {
    const startToken = tokenAt(tokens, figure.start, cursor);
    const endToken = tokenAt(tokens, figure.unitEnd ?? figure.end, startToken);
    cursor = startToken;
    const nextFigure = figures[index + 1];
    const nextStart = nextFigure ? tokenAt(tokens, nextFigure.start, endToken) : tokens.length;
    const head = countedNounHead(figure.unit, tokens, endToken);
    const unitMeasure = UNIT_MEASURES[head];
    let measure: string | undefined;
    let laterDeath = false;
    let casualty = false;
    const unitCasualty = Object.entries(CASUALTY_CUES).find(([, cues]) => cues.has(head))?.[0];
    const named = partitiveNounAfter(tokens, endToken) ?? labelMeasure(tokens, startToken);
    const present = countsThosePresent(tokens, endToken, nextStart);
    // "nine people are believed to have carried out the attacks": who they are, whatever else.
    const role = present ? 'present' : roleAfter(tokens, endToken, nextStart);
    if (present || THING_UNITS.has(head)) measure = 'other';
    else if (unitMeasure) measure = unitMeasure;
    else if (named) {
      // "40 of the victims", "Total victims: 35": the whole or the label names the measure;
      // "four of the wounded died overnight" are dead, those who died later.
      laterDeath = named === 'injured' && diesAfter(tokens, endToken, nextStart);
      measure = laterDeath ? 'deaths' : named;
      casualty = true;
    } else if (unitCasualty) {
      // "40 hostages", "12 dead": the noun itself is the measure.
      measure = unitCasualty;
      casualty = true;
    } else {
      // The nearer cue wins; on a tie the one before ("killed at least 143" over "and wounded").
      const back = cueIn(tokens, startToken - 1, previous.endToken - 1, -1, BACK_WORDS);
      const found = cueIn(tokens, endToken, nextStart, 1, FORWARD_WORDS);
      const ahead =
        found && headsNextFigure(tokens, endToken, found.distance, nextStart) ? null : found;
      const backIsEarlier =
        back !== null &&
        ahead !== null &&
        previous.measured !== null &&
        coordinatedAway(tokens, wordBack(tokens, startToken, back.distance), startToken);
      const cue =
        back && ahead
          ? ahead.distance < back.distance || backIsEarlier
            ? ahead
            : back
          : (back ??
            ahead ??
            clauseHeadCue(tokens, startToken, previous.endToken) ??
            (head === '' || GENERIC_UNITS.has(head) ? headNounBefore(tokens, startToken) : null));
      if (cue) {
        measure = cue.measure;
        casualty = cue.casualty;
      }
    }
    const shared = measure
      ? undefined
      : (sharedTrailingMeasure(tokens, figures, index, endToken) ?? includedIn(tokens, startToken));
    if (shared) {
      measure = shared;
      casualty = true;
    }
    let unit = figure.unit;
    if (!measure && previous.measured) {
      const gap = tokens.slice(previous.endToken, startToken);
      const words = gap.filter((t) => t.kind === 'word').length;
      // "... and 170 Afghans", "from 95 to 84", "set it at 103 before experts revised it to 84":
      // a figure joined to the previous one, or the new value of the same toll, shares its measure.
      const joined =
        gap.some((t) => t.lower === 'and' || t.text === ',' || t.lower === 'while') ||
        (words === 1 && (gap[0]?.lower === 'to' || gap[0]?.lower === 'from')) ||
        refersToPrevious(tokens, startToken);
      // "..., out of whom 12 were critical", "the number would be reduced to 253": however far
      // back in the sentence, the figure before is what these refer to.
      const refers =
        partitiveBefore(tokens, startToken) ||
        restatesToll(tokens, startToken, previous.endToken - 1);
      if ((words <= INHERIT_GAP && joined) || refers) {
        measure = previous.measured.measure;
        casualty = previous.measured.type === 'casualty';
        unit ??= previous.measured.unit;
      }
    }
    const nonCount =
      NON_COUNT_UNITS.has(head) || NON_COUNT_UNITS.has((figure.unit ?? '').toLowerCase());
    const loneOne = figure.text.toLowerCase() === 'one';
    let measured: Measured | null = null;
    if (!(nonCount && !casualty) && !(loneOne && !measure)) {
      const state =
        (casualty || !measure ? stateAfter(tokens, endToken, nextStart, measure) : null) ??
        (laterDeath ? 'died later' : null);
      if (!measure && state && INJURED_STATES.has(state)) {
        measure = 'injured';
        casualty = true;
      }
      if (!measure && (unit || role)) measure = 'other';
      if (measure) {
        measured = { figure, measure, type: casualty ? 'casualty' : 'count' };
        if (unit) measured.unit = unit;
        const part = casualty ? partOf(tokens, startToken, endToken, nextStart) : null;
        const who = [
          role ?? '',
          unit && !GENERIC_UNITS.has(head) ? unit : '',
          part ?? '',
          casualty && (head === '' || GENERIC_UNITS.has(head))
            ? (nationalitiesAfter(tokens, endToken) ?? '')
            : '',
        ]
          .join(' ')
          .trim();
        // A state names the part itself ("220 of whom were hospitalised" are the hospitalised).
        const subject =
          casualty && state
            ? `${unit && !GENERIC_UNITS.has(head) ? unit : ''} ${state}`.trim()
            : who;
        if (subject) measured.subject = subject;
        out.push(measured);
      }
    }
    previous = { measured: measured ?? previous.measured, endToken };
  });
  return out;
}
