/**
 * What a figure measures, from the words around it: a casualty cue ("killed", "wounded") or a
 * count cue ("arrested", "join") within a few words, the counted noun ("12 plots"), or the
 * measure of the figure it is joined to ("13 American soldiers ... and 170 Afghans").
 */
import type { FoundFigure } from '../quantity/figure';
import { tokenAt, type Token } from '../quantity/tokens';
import { countedNounHead } from './counted-noun';
import { CLAUSE_BREAKS, clauseStart, nationalitiesAfter, partOf, stateAfter } from './parts';
import { countsThosePresent } from './presence';
import { roleAfter } from './role-after';
import {
  labelMeasure,
  partitiveBefore,
  partitiveNounAfter,
  restatesToll,
  sharedTrailingMeasure,
} from './referents';
import {
  CASUALTY_CUES,
  CLAUSE_HEAD_NOUNS,
  COUNT_CUES,
  GENERIC_UNITS,
  INJURY_STATES,
  LINK_WORDS,
  NON_COUNT_UNITS,
  THING_UNITS,
  UNIT_MEASURES,
} from './lexicon';

/** States that only the injured are in: a bare figure in one of them counts the injured. */
const INJURED_STATES = new Set(['under treatment', ...Object.values(INJURY_STATES)]);

/** Words looked at before and after a figure. */
const BACK_WORDS = 5;
const FORWARD_WORDS = 10;
/** Words looked back, to the start of the clause, when a link word precedes the figure. */
const CLAUSE_WORDS = 20;
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

interface Cue {
  measure: string;
  casualty: boolean;
  /** Words between the figure and the cue, counting the cue. */
  distance: number;
}

function cueIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  step: 1 | -1,
  limit: number,
): Cue | null {
  let words = 0;
  for (let i = from; step === 1 ? i < to : i > to; i += step) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') continue;
    words += 1;
    if (words > limit) break;
    for (const [measure, cues] of Object.entries(CASUALTY_CUES)) {
      if (cues.has(token.lower)) return { measure, casualty: true, distance: words };
    }
    for (const [measure, cues] of Object.entries(COUNT_CUES)) {
      if (cues.has(token.lower)) return { measure, casualty: false, distance: words };
    }
  }
  return null;
}

/**
 * The measure named at the head of the figure's clause when a link word stands right before
 * the figure ("the number of deaths in the day's incident is 95"): the measure is the clause's
 * subject, however far back. Stops at a clause break or the previous figure.
 */
function clauseHeadCue(tokens: readonly Token[], startToken: number, stop: number): Cue | null {
  let i = startToken - 1;
  // Skip a qualifier between the link word and the number ("rose to more than 90").
  while (i > stop && tokens[i]?.kind === 'word' && !LINK_WORDS.has(tokens[i]?.lower ?? '')) {
    if (startToken - i > 3) return null;
    i -= 1;
  }
  if (!LINK_WORDS.has(tokens[i]?.lower ?? '')) return null;
  const { from, aside } = clauseStart(tokens, i, stop);
  const cue = cueIn(tokens, i - 1, from - 1, -1, CLAUSE_WORDS + aside);
  if (cue) return cue;
  for (let at = i - 1; at >= from && i - at <= CLAUSE_WORDS; at -= 1) {
    const measure = CLAUSE_HEAD_NOUNS[tokens[at]?.lower ?? ''];
    if (measure) return { measure, casualty: true, distance: i - at };
  }
  return null;
}

/**
 * True when the cue ahead of a figure opens the next figure's clause instead: "had 47 victims
 * and put fatalities at 10" - "fatalities" is linked to 10 by "at", with at most a qualifier
 * between.
 */
function headsNextFigure(
  tokens: readonly Token[],
  endToken: number,
  words: number,
  nextStart: number,
): boolean {
  if (nextStart >= tokens.length) return false;
  let seen = 0;
  let cue = endToken;
  for (let i = endToken; i < nextStart; i += 1) {
    if (tokens[i]?.kind === 'word') seen += 1;
    if (seen === words) {
      cue = i;
      break;
    }
  }
  const between = tokens.slice(cue + 1, nextStart).filter((t) => t.kind === 'word');
  return between.length > 0 && between.length <= 3 && between.some((t) => LINK_WORDS.has(t.lower));
}

/** A toll noun a few words before a bare figure: "brought the total down from 359". */
function headNounBefore(tokens: readonly Token[], startToken: number): Cue | null {
  let words = 0;
  for (let i = startToken - 1; i >= 0 && words < BACK_WORDS; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAKS.has(token.text)) break;
    if (token.kind !== 'word') continue;
    words += 1;
    const measure = CLAUSE_HEAD_NOUNS[token.lower];
    if (measure) return { measure, casualty: true, distance: words };
  }
  return null;
}

/** "revised it to 84", "lowered this to 84": a pronoun stands for the figure before. */
function refersToPrevious(tokens: readonly Token[], startToken: number): boolean {
  const link = tokens[startToken - 1]?.lower ?? '';
  const pronoun = tokens[startToken - 2]?.lower ?? '';
  return LINK_WORDS.has(link) && (pronoun === 'it' || pronoun === 'this' || pronoun === 'that');
}

/** The index of the token `words` words back from `startToken` (the cue cueIn found). */
function wordBack(tokens: readonly Token[], startToken: number, words: number): number {
  let seen = 0;
  for (let i = startToken - 1; i >= 0; i -= 1) {
    if (tokens[i]?.kind === 'word') seen += 1;
    if (seen === words) return i;
  }
  return 0;
}

/**
 * True when a conjunction or a list comma stands between the cue before a figure and the figure:
 * "14 people are dead and almost 50 were hurt", "44 killed, 157 injured" - the cue is the earlier
 * figure's predicate, not this one's.
 */
function coordinatedAway(tokens: readonly Token[], cueToken: number, startToken: number): boolean {
  for (let i = cueToken + 1; i < startToken; i += 1) {
    const lower = tokens[i]?.lower ?? '';
    if (lower === 'and' || lower === 'while' || lower === 'but' || lower === ',') return true;
  }
  return false;
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
    let casualty = false;
    const unitCasualty = Object.entries(CASUALTY_CUES).find(([, cues]) => cues.has(head))?.[0];
    const named = partitiveNounAfter(tokens, endToken) ?? labelMeasure(tokens, startToken);
    const present = countsThosePresent(tokens, endToken, nextStart);
    // "nine people are believed to have carried out the attacks": who they are, whatever else.
    const role = present ? 'present' : roleAfter(tokens, endToken, nextStart);
    if (present || THING_UNITS.has(head)) measure = 'other';
    else if (unitMeasure) measure = unitMeasure;
    else if (named) {
      // "40 of the victims", "Total victims: 35": the whole or the label names the measure.
      measure = named;
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
    const shared = measure ? undefined : sharedTrailingMeasure(tokens, figures, index, endToken);
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
      const state = casualty || !measure ? stateAfter(tokens, endToken, nextStart, measure) : null;
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
