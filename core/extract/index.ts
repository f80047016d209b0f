/**
 * Claim suggestions for a source: casualty figures and counts with their measure, dates, and
 * attributions of responsibility, each with the event cue of its sentence. Sentence by
 * sentence, each step bounded, so extraction is linear in the text length.
 */
import type { ClaimType } from '../model/claim';
import type { Block, Source } from '../model/source';
import type { Suggestion } from '../model/suggestion';
import { scanFigures } from '../quantity/scanner';
import { tokenize, type Token } from '../quantity/tokens';
import { findAttributions } from './attributions';
import { findDates, mayHoldDate, type FoundDate } from './dates';
import { findEventCues, type EventCue } from './events';
import { CASUALTY_CUES, COUNT_CUES, EVENT_NOUNS, EVENT_VERBS } from './lexicon';
import { measureFigures } from './measures';
import { splitSentences, type Sentence } from './sentences';
import { findSpeaker } from './speakers';

export {
  canonicalEvent,
  eventKey,
  sameEvent,
  findEventCues,
  type EventCue,
  type EventKey,
} from './events';
export { splitSentences, type Sentence } from './sentences';

/**
 * Cheap pre-check on a sentence's raw text: a digit, a number word, a vague amount or an
 * attribution/speech cue. Plain alternations with word boundaries: linear, no backtracking.
 */
const CANDIDATE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens|zero|responsib\w*|attribut\w*|blam\w*|claimed|links?|linked|linking|tied|behind|according)\b/i;
const MONTH_OR_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

function hasCandidates(text: string, sentence: Sentence): boolean {
  return CANDIDATE.test(text.slice(sentence.start, sentence.end));
}

/** How many sentences back (inside the same block) an event cue is looked for. */
const CUE_LOOKBACK = 3;

interface SentenceInfo {
  sentence: Sentence;
  tokens: Token[];
  cues: EventCue[];
  dates: FoundDate[];
}

/** Every word that marks an event: event nouns and verbs, casualty and count cues. */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS,
  ...EVENT_VERBS,
  ...Object.values(CASUALTY_CUES).flatMap((set) => [...set]),
  ...Object.values(COUNT_CUES).flatMap((set) => [...set]),
]);

function mentionsEvent(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && EVENT_WORDS.has(t.lower));
}

/** The date of the cue's stretch of sentence: between the cues before and after it. */
function dateNear(
  info: SentenceInfo,
  cue: EventCue | undefined,
  position: number,
): FoundDate | undefined {
  if (!cue) return nearestDate(info.dates, position);
  const index = info.cues.indexOf(cue);
  const from = info.cues[index - 1]?.end ?? -Infinity;
  const to = info.cues[index + 1]?.start ?? Infinity;
  return nearestDate(
    info.dates.filter((d) => d.start >= from && d.end <= to),
    cue.start,
  );
}

/** The cue for a claim at `position` in sentence k: nearest before, else after, else earlier. */
function pickCue(
  infoAt: (k: number) => SentenceInfo | undefined,
  blocks: readonly Block[],
  k: number,
  position: number,
): { cue: string; date?: string } {
  const info = infoAt(k);
  if (!info) return { cue: '' };
  const anchored = info.cues.filter((c) => c.anchored);
  const before = anchored.filter((c) => c.start <= position);
  const own = before[before.length - 1] ?? anchored[0];
  if (own) return withDate(own.text, dateNear(info, own, position));
  const date = nearestDate(info.dates, position);
  for (let j = k - 1; j >= 0 && j >= k - CUE_LOOKBACK; j -= 1) {
    const earlier = infoAt(j);
    if (!earlier || blocks[earlier.sentence.block]?.kind === 'heading') break;
    const first = earlier.cues.find((c) => c.anchored);
    if (first) return withDate(first.text, date ?? dateNear(earlier, first, first.start));
  }
  const place = info.cues.filter((c) => c.start <= position).pop() ?? info.cues[0];
  if (place) return withDate(place.text, date);
  if (date) return { cue: date.text, date: date.date };
  return { cue: '' };
}

/** A speaker as shown to the analyst: without a leading article ("The US" -> "US"). */
function speakerName(text: string): string {
  return text.replace(/^(the|a|an)\s+/i, '');
}

function withDate(cue: string, date: FoundDate | undefined): { cue: string; date?: string } {
  return date ? { cue, date: date.date } : { cue };
}

function nearestDate(dates: readonly FoundDate[], position: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = Math.abs(d.start - position);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Finds claim suggestions in a source: casualty figures ("killed at least 143 people" ->
 * deaths), counts ("12 plots", "seven ... arrested"), dates of events, and attributions of
 * responsibility with who says it and whom it blames. Deterministic ids
 * `${sourceId}:${type}:${start}-${end}`, sorted by position. Trade-off: shallow, explainable
 * rules over sentences rather than a statistical model; it suggests, the analyst decides.
 */
export function extractSuggestions(source: Source): Suggestion[] {
  const text = source.text;
  const published = source.metadata.published ?? null;
  const sentences = splitSentences(text, source.blocks);
  // Sentences are analysed lazily: most hold no figure, date or attribution cue and are only
  // read (for their event cues) when a later sentence looks back at them.
  const cache: Array<SentenceInfo | undefined> = [];
  const info = (k: number): SentenceInfo | undefined => {
    const sentence = sentences[k];
    if (!sentence) return undefined;
    let cached = cache[k];
    if (!cached) {
      const tokens = tokenize(text, sentence.start, sentence.end);
      cached = { sentence, tokens, cues: findEventCues(text, tokens), dates: [] };
      if (mayHoldDate(tokens) && (mentionsEvent(tokens) || hasCandidates(text, sentence))) {
        cached.dates = findDates(text, tokens, sentence.start, sentence.end, published);
      }
      cache[k] = cached;
    }
    return cached;
  };
  const out = new Map<string, Suggestion>();
  const add = (
    type: ClaimType,
    start: number,
    end: number,
    fields: Omit<Suggestion, 'id' | 'sourceId' | 'type' | 'start' | 'end' | 'quote' | 'eventCue'>,
    k: number,
  ) => {
    const id = `${source.id}:${type}:${start}-${end}`;
    if (out.has(id)) return;
    const { cue, date } = pickCue(info, source.blocks, k, start);
    const suggestion: Suggestion = {
      id,
      sourceId: source.id,
      type,
      start,
      end,
      quote: text.slice(start, end),
      ...fields,
      eventCue: cue,
    };
    if (date !== undefined && type !== 'date') suggestion.eventDate = date;
    out.set(id, suggestion);
  };

  sentences.forEach((sentence, k) => {
    if (
      !hasCandidates(text, sentence) &&
      !MONTH_OR_YEAR.test(text.slice(sentence.start, sentence.end))
    )
      return;
    // Only the look-back window is kept, so memory stays flat on long texts.
    cache[k - CUE_LOOKBACK - 2] = undefined;
    const current = info(k);
    if (!current) return;
    const { tokens } = current;
    const speaker = findSpeaker(text, tokens);
    for (const m of measureFigures(tokens, scanFigures(text, tokens))) {
      const f = m.figure;
      const figure = {
        low: f.low,
        high: f.high,
        lowInclusive: f.lowInclusive,
        highInclusive: f.highInclusive,
        approximate: f.approximate,
        ...(f.value !== undefined ? { value: f.value } : {}),
        ...(f.kind !== undefined ? { kind: f.kind } : {}),
      };
      add(
        m.type,
        f.start,
        Math.max(f.end, f.unitEnd ?? f.end),
        {
          measure: m.measure,
          ...(m.subject !== undefined ? { subject: m.subject } : {}),
          ...(m.unit !== undefined ? { unit: m.unit } : {}),
          value: { kind: 'figure', figure },
          attributedTo: speaker ? speakerName(speaker.text) : '',
        },
        k,
      );
    }
    if (current.dates.length > 0 && mentionsEvent(tokens)) {
      for (const d of current.dates) {
        add(
          'date',
          d.start,
          d.end,
          {
            measure: 'date',
            value: { kind: 'date', date: d.date, text: d.text },
            attributedTo: speaker ? speakerName(speaker.text) : '',
          },
          k,
        );
      }
    }
    const previous = k > 0 ? (info(k - 1)?.tokens ?? []) : [];
    for (const a of findAttributions(text, tokens, previous, speaker)) {
      add(
        'attribution',
        a.start,
        a.end,
        {
          measure: 'responsibility',
          value: { kind: 'text', text: a.target.short },
          attributedTo: a.speaker ? speakerName(a.speaker.text) : '',
          attributedTarget: a.target.short,
        },
        k,
      );
    }
  });
  return [...out.values()].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type),
  );
}
