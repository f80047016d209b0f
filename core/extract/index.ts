/**
 * Claim suggestions for a source: casualty figures and counts with their measure, dates, and
 * attributions of responsibility, each with the event cue of its sentence. Sentence by
 * sentence, each step bounded, so extraction is linear in the text length.
 */
import type { ClaimType } from '../model/claim';
import type { Source } from '../model/source';
import type { Block } from '../text/block';
import type { Suggestion } from '../model/suggestion';
import type { FoundFigure } from '../quantity/figure';
import { tokenize, type Token } from '../quantity/tokens';
import { STOPWORDS } from '../quantity/units';
import { datesAClaim } from './date-role';
import type { FoundDate } from './dates';
import type { EventCue } from './events';
import { extractionLanguage } from './languages';
import { EVENT_NOUNS, EVENT_VERBS } from './lexicon';
import { splitSentences, type Sentence } from './sentences';
import { byCodeUnits } from '../text/code-unit-order';

export { findEventCues, type EventCue } from './events';
export { splitSentences, type Sentence } from './sentences';

/** Start offsets of every match of `pattern` in `text`, in order: one pass of the engine. */
function matchStarts(pattern: RegExp, text: string): number[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const starts: number[] = [];
  for (let match = global.exec(text); match; match = global.exec(text)) {
    starts.push(match.index);
    if (match[0] === '') global.lastIndex += 1;
  }
  return starts;
}

/** True when a match starts inside the sentence (binary search over the sorted starts). */
function anyIn(starts: readonly number[], sentence: Sentence): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) < sentence.start) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && (starts[low] ?? Infinity) < sentence.end;
}

/** How many sentences back (inside the same block) an event cue is looked for. */
const CUE_LOOKBACK = 3;

interface SentenceInfo {
  sentence: Sentence;
  tokens: Token[];
  cues: EventCue[];
  dates: FoundDate[];
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
  // A place the sentence's own event verb reaches ("fired rockets at the Uzbek city of Termez
  // in April 2022") is a better cue for what follows it than an event named later on.
  const placeBefore = before.length === 0 ? reachedPlace(info, position) : undefined;
  const own = before[before.length - 1] ?? placeBefore ?? anchored[0];
  if (own) return withDate(own.text, dateNear(info, own, position));
  const reached = refersBack(info.tokens) ? undefined : reachedPlace(info, Infinity);
  const date = nearestDate(info.dates, position);
  if (reached) return withDate(reached.text, date);
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

/**
 * The last bare place cue before `position` that an event verb of the sentence comes before
 * ("ISKP fired rockets into Tajikistan"): the sentence tells of its own event there, so it
 * needs no cue from an earlier sentence. "Police in Paris said ..." has no event verb first.
 */
function reachedPlace(info: SentenceInfo, position: number): EventCue | undefined {
  let found: EventCue | undefined;
  for (const cue of info.cues) {
    if (cue.anchored || cue.start > position) continue;
    const verb = info.tokens.some(
      (t) => t.end <= cue.start && t.kind === 'word' && EVENT_VERBS.has(t.lower),
    );
    if (verb) found = cue;
  }
  return found;
}

/**
 * True when the sentence speaks of an event already told: "the shooting", "the attack", "this
 * bombing" (a definite event noun, at most one word after the determiner). Such a sentence
 * takes its event from an earlier sentence even when it names a place of its own ("Four suspects
 * were detained in the Bryansk region within hours of the shooting").
 */
function refersBack(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.kind !== 'word' || !EVENT_NOUNS.has(t.lower)) return false;
    const before = tokens[i - 1]?.lower ?? '';
    const twoBefore = tokens[i - 2]?.lower ?? '';
    return DEFINITE.has(before) || (DEFINITE.has(twoBefore) && !STOPWORDS.has(before));
  });
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** A speaker as shown to the analyst: without a leading article ("The US" -> "US"). */
function speakerName(text: string): string {
  return text.replace(/^(the|a|an)\s+/i, '');
}

/** Token indices [first, last] of a date inside its sentence's tokens. */
function tokenSpan(tokens: readonly Token[], d: FoundDate): [number, number] {
  let first = 0;
  while (first < tokens.length && (tokens[first]?.start ?? Infinity) < d.start) first += 1;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.end ?? Infinity) <= d.end) last += 1;
  return [first, last];
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

/** Title, subtitle and heading text compared loosely: case, spaces and end punctuation aside. */
function looseText(text: string): string {
  return text
    .replace(/^[#\s]+/u, '')
    .replace(/[\s.:;!?]+$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** Indices of the blocks that are headlines: headings, and the title or subtitle line. */
function headlineBlocks(source: Source): Set<number> {
  const titles = new Set(
    [source.metadata.title, source.metadata.subtitle]
      .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
      .map(looseText),
  );
  // A block much longer than every title cannot read as one once spaces are folded: skip it
  // rather than normalise every paragraph of a long source.
  const longest = Math.max(0, ...[...titles].map((title) => title.length));
  const out = new Set<number>();
  source.blocks.forEach((block, index) => {
    if (block.kind === 'heading') out.add(index);
    else if (
      block.end - block.start <= longest * 2 + 16 &&
      titles.has(looseText(source.text.slice(block.start, block.end)))
    )
      out.add(index);
  });
  return out;
}

/** What a suggestion states, as one key: type, measure and value (an interval, a date, a text). */
function statementKey(s: Suggestion): string {
  const v = s.value;
  let value = '';
  if (v?.kind === 'figure') {
    const f = v.figure;
    value = `${f.low}|${f.high}|${f.lowInclusive}|${f.highInclusive}`;
  } else if (v?.kind === 'date') value = v.date;
  else if (v?.kind === 'text') value = v.text.toLowerCase();
  return `${s.type}|${s.measure}|${value}`;
}

/**
 * Drops a headline's suggestion when the body states the same thing ("Gunmen kill 133 ..." over
 * "The attack ... killed 133 people"): a headline restates its article, and counting it again
 * would make one source look like two voices. A figure only the headline gives is kept.
 */
function dropRestatedHeadlines(all: Suggestion[], fromHeadline: ReadonlySet<string>): Suggestion[] {
  if (fromHeadline.size === 0) return all;
  const body = new Set(all.filter((s) => !fromHeadline.has(s.id)).map(statementKey));
  return all.filter((s) => !fromHeadline.has(s.id) || !body.has(statementKey(s)));
}

/**
 * Finds claim suggestions in a source: casualty figures ("killed at least 143 people" ->
 * deaths), counts ("12 plots", "seven ... arrested"), dates of events (not of publications,
 * reports or "since X" periods), and attributions of responsibility with who says it and whom
 * it blames. Figure values carry the whole found figure (wording, offsets, unit). A headline
 * (heading block, or the title/subtitle line) that restates a body claim is dropped, so one
 * source does not speak twice; a figure only the headline gives is kept. Deterministic ids
 * `${sourceId}:${type}:${start}-${end}`, sorted by position. Trade-off: shallow, explainable
 * rules over sentences rather than a statistical model; it suggests, the analyst decides.
 */
export function extractSuggestions(source: Source): Suggestion[] {
  const text = source.text;
  // The source's language picks the readers of figures, measures, dates and attributions.
  const language = extractionLanguage(source.metadata.language);
  const published = source.metadata.published ?? null;
  const sentences = splitSentences(text, source.blocks);
  // The cheap pre-checks run once over the whole text instead of once per sentence.
  const candidates = matchStarts(language.candidate, text);
  const monthsOrYears = matchStarts(language.monthOrYear, text);
  const hasCandidates = (sentence: Sentence) => anyIn(candidates, sentence);
  // Sentences are analysed lazily: most hold no figure, date or attribution cue and are only
  // read (for their event cues) when a later sentence looks back at them.
  const cache: Array<SentenceInfo | undefined> = [];
  const info = (k: number): SentenceInfo | undefined => {
    const sentence = sentences[k];
    if (!sentence) return undefined;
    let cached = cache[k];
    if (!cached) {
      const tokens = tokenize(text, sentence.start, sentence.end);
      cached = { sentence, tokens, cues: language.eventCues(text, tokens), dates: [] };
      if (
        language.mayHoldDate(tokens) &&
        (language.mentionsEvent(tokens) || hasCandidates(sentence))
      ) {
        // A dateline or the day a toll was revised ("On Thursday the authorities reduced
        // ...") is a day of reporting: it dates no claim and names no event.
        cached.dates = language
          .dates(text, tokens, sentence.start, sentence.end, published)
          .filter((d) => datesAClaim(tokens, ...tokenSpan(tokens, d)));
      }
      cache[k] = cached;
    }
    return cached;
  };
  const out = new Map<string, Suggestion>();
  const headlines = headlineBlocks(source);
  const fromHeadline = new Set<string>();
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
    if (headlines.has(sentences[k]?.block ?? -1)) fromHeadline.add(id);
  };

  sentences.forEach((sentence, k) => {
    if (!hasCandidates(sentence) && !anyIn(monthsOrYears, sentence)) return;
    // Only the look-back window is kept, so memory stays flat on long texts.
    cache[k - CUE_LOOKBACK - 2] = undefined;
    const current = info(k);
    if (!current) return;
    const { tokens } = current;
    const speaker = language.speaker(text, tokens);
    for (const m of language.measure(tokens, language.figures(text, tokens))) {
      const f = m.figure;
      // The whole FoundFigure (wording and offsets), so views quote the figure's own words
      // without finding it again in the quote.
      const figure: FoundFigure = {
        low: f.low,
        high: f.high,
        lowInclusive: f.lowInclusive,
        highInclusive: f.highInclusive,
        approximate: f.approximate,
        ...(f.value !== undefined ? { value: f.value } : {}),
        ...(f.kind !== undefined ? { kind: f.kind } : {}),
        text: f.text,
        start: f.start,
        end: f.end,
        ...(f.unit !== undefined ? { unit: f.unit } : {}),
        ...(f.unitStart !== undefined ? { unitStart: f.unitStart } : {}),
        ...(f.unitEnd !== undefined ? { unitEnd: f.unitEnd } : {}),
        ...(f.unreadQualifier !== undefined ? { unreadQualifier: f.unreadQualifier } : {}),
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
    if (current.dates.length > 0 && language.mentionsEvent(tokens)) {
      for (const d of current.dates) {
        if (!language.datesAnEvent(tokens, ...tokenSpan(tokens, d))) continue;
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
    for (const a of language.attributions(text, tokens, previous, speaker)) {
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
  return dropRestatedHeadlines([...out.values()], fromHeadline).sort(
    (a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.type, b.type),
  );
}
