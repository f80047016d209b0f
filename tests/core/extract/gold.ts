import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';
import type { Suggestion } from '../../../core/model/suggestion';

export interface GoldItem {
  source: string;
  readme: boolean;
  type: string;
  measure?: string;
  quote: string;
  figure?: {
    low: number | null;
    high: number | null;
    lowInclusive: boolean;
    highInclusive: boolean;
  };
  date?: string;
  target?: string;
  speaker?: string;
  subject?: string;
  eventCue?: string;
  note?: string;
}

const root = join(__dirname, '..', '..', '..');

export function loadGold(): GoldItem[] {
  const raw = readFileSync(join(root, 'tests', 'fixtures', 'gold', 'suggestions.json'), 'utf8');
  return (JSON.parse(raw) as { items: GoldItem[] }).items;
}

export function loadCorpus(id: string): Source {
  const content = readFileSync(join(root, 'corpus', `${id}.md`), 'utf8');
  const parsed = parseSourceFile({ id, content });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The span of a gold quote in the source text; the quote must occur exactly once. */
export function spanOf(source: Source, quote: string): { start: number; end: number } | null {
  const start = source.text.indexOf(quote);
  if (start < 0 || source.text.indexOf(quote, start + 1) >= 0) return null;
  return { start, end: start + quote.length };
}

/** True when a suggestion states the gold claim: same type, overlapping span, same value. */
export function matches(source: Source, gold: GoldItem, s: Suggestion): boolean {
  if (s.sourceId !== gold.source || s.type !== gold.type) return false;
  const span = spanOf(source, gold.quote);
  if (!span || s.end <= span.start || s.start >= span.end) return false;
  if (gold.measure && s.measure !== gold.measure) return false;
  if (gold.figure) {
    if (s.value?.kind !== 'figure') return false;
    const f = s.value.figure;
    const g = gold.figure;
    if (f.low !== g.low || f.high !== g.high) return false;
    if (f.lowInclusive !== g.lowInclusive || f.highInclusive !== g.highInclusive) return false;
  }
  if (gold.date && !(s.value?.kind === 'date' && s.value.date === gold.date)) return false;
  if (gold.target && s.attributedTarget !== gold.target) return false;
  if (gold.speaker && !s.attributedTo.includes(gold.speaker)) return false;
  if (gold.subject && s.subject !== gold.subject) return false;
  if (gold.eventCue && !s.eventCue.includes(gold.eventCue)) return false;
  return true;
}
