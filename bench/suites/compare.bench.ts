import {
  compareClaims,
  compareClaimsIncrementally,
  createGroupMemo,
  itemFromSuggestion,
  sourceLookup,
  type SourceLookup,
} from '../../core/compare/index';
import type { Suggestion } from '../../core/model/suggestion';
import type { Figure } from '../../core/quantity/figure';
import { medianMs, type BenchSuite, seededRandom } from '../suite';

const SYLLABLES = [
  'al',
  'bar',
  'cor',
  'dun',
  'esk',
  'fal',
  'gor',
  'hal',
  'ist',
  'jor',
  'kel',
  'lom',
  'mar',
  'nov',
  'ost',
  'pel',
];
const VENUES = ['airport', 'embassy', 'hall', 'market', 'stadium', 'hotel'];
const MEASURES = ['deaths', 'injured', 'missing', 'arrests', 'hostages', 'responsibility'];
const SUBJECTS = [undefined, 'soldiers', 'civilians'];

function placeName(index: number): string {
  const a = SYLLABLES[index % 16] ?? '';
  const b = SYLLABLES[Math.floor(index / 16) % 16] ?? '';
  const c = SYLLABLES[Math.floor(index / 256) % 16] ?? '';
  const word = `${a}${b}${c}grad`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `sources` sources of `perSource` claims each about `sources / 2` events: the shape (claims per
 * event, sources per event) stays the same as the project grows, so growth measures size alone.
 */
function generate(
  sources: number,
  perSource: number,
): { suggestions: Suggestion[]; lookup: SourceLookup } {
  const next = seededRandom(sources);
  const events = Math.max(1, Math.round(sources / 2));
  const lookup = sourceLookup(
    Array.from({ length: sources }, (_, s) => ({
      id: `s${s}`,
      metadata: {
        title: `source ${s}`,
        capture: 'plain-text' as const,
        language: 'en',
        published: `2024-0${1 + (s % 9)}-1${s % 10}`,
      },
    })),
  );
  const suggestions: Suggestion[] = [];
  for (let s = 0; s < sources; s += 1) {
    for (let c = 0; c < perSource; c += 1) {
      const event = Math.floor(next() * events);
      const place = placeName(event);
      const venue = VENUES[event % VENUES.length] ?? 'hall';
      const measure = MEASURES[Math.floor(next() * MEASURES.length)] ?? 'deaths';
      const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)];
      const style = next();
      const cue =
        style < 0.1
          ? 'the attack'
          : style < 0.5
            ? `the ${place} ${venue}`
            : `the attack in ${place}`;
      const base = 10 + (event % 50) * 7;
      const n = Math.round(base * (0.8 + next() * 0.4));
      const figure: Figure =
        next() < 0.5
          ? {
              low: n,
              high: n,
              lowInclusive: true,
              highInclusive: true,
              approximate: false,
              value: n,
            }
          : {
              low: n,
              high: null,
              lowInclusive: true,
              highInclusive: false,
              approximate: false,
              value: n,
            };
      const start = c * 400;
      const suggestion: Suggestion = {
        id: `s${s}:${c}`,
        sourceId: `s${s}`,
        type: measure === 'responsibility' ? 'attribution' : 'casualty',
        start,
        end: start + 20,
        quote: `${n} people`,
        measure,
        value:
          measure === 'responsibility'
            ? { kind: 'text', text: next() < 0.8 ? 'ISKP' : 'Ukraine' }
            : { kind: 'figure', figure },
        attributedTo: next() < 0.3 ? 'officials' : '',
        eventCue: cue,
      };
      // A cue-less claim borrows the preceding event of its source, so it carries no date of its own.
      if (style >= 0.1) suggestion.eventDate = `2023-${String(1 + (event % 12)).padStart(2, '0')}`;
      if (subject) suggestion.subject = subject;
      suggestions.push(suggestion);
    }
  }
  return { suggestions, lookup };
}

/** The timed work: items from suggestions (fresh objects, as the app derives them), groups, verdicts. */
function compareAll(data: { suggestions: Suggestion[]; lookup: SourceLookup }): number {
  const items = data.suggestions.map((suggestion) => itemFromSuggestion(suggestion, data.lookup));
  return compareClaims(items).length;
}

/**
 * Grouping plus verdicts for 50, 100 and 200 sources of 100 claims at a fixed shape: time and
 * growth per doubling (linear = x2). Every size is warmed up before any is timed.
 */
const suite: BenchSuite = {
  title: 'compare: grouping and verdicts',
  run(log) {
    const sizes = [50, 100, 200].map((sources) => ({ sources, data: generate(sources, 100) }));
    for (const { data } of sizes) compareAll(data);
    let previous = 0;
    for (const { sources, data } of sizes) {
      let groups = 0;
      const ms = medianMs(() => {
        groups = compareAll(data);
      }, 5);
      const growth = previous
        ? `; growth per doubling x${(ms / previous).toFixed(2)} (linear = x2)`
        : '';
      log(
        `${sources} sources x 100 claims (${data.suggestions.length}): ${ms.toFixed(0)} ms median of 5, ${groups} groups${growth}`,
      );
      previous = ms;
    }
    // What the app does on a tag: one claim changes and the memo of the previous grouping is
    // at hand, so only that claim's bucket is grouped again (alternately two values, so every
    // timed call sees a change).
    const largest = sizes.at(-1)?.data;
    if (largest) {
      const items = largest.suggestions.map((item) => itemFromSuggestion(item, largest.lookup));
      const memo = createGroupMemo();
      const edited = (n: number) =>
        items.map((item, index) =>
          index === 7 ? { ...item, value: { kind: 'text' as const, text: `edit ${n}` } } : item,
        );
      let n = 0;
      compareClaimsIncrementally(edited(n), [], {}, memo);
      const ms = medianMs(() => {
        compareClaimsIncrementally(edited((n += 1)), [], {}, memo);
      }, 9);
      log(
        `200 sources x 100 claims, one claim changed, by increments: ${ms.toFixed(0)} ms median of 9`,
      );
    }
    log('target: 200 sources < 300 ms, linear');
  },
};
export default suite;
