import { describe, expect, it } from 'vitest';
import { extractSuggestions } from '../../../core/extract/index';
import type { Suggestion } from '../../../core/model/suggestion';
import { loadCorpus, loadGold, matches, spanOf } from './gold';

const IDS = ['000_16df6a53eee4503d', '003_94a029406cfc69e9'];
const sources = new Map(IDS.map((id) => [id, loadCorpus(id)]));
const suggestions = new Map<string, Suggestion[]>(
  IDS.map((id) => [id, extractSuggestions(sources.get(id)!)]),
);
const gold = loadGold();

/** Precision floor: see tests/fixtures/gold/README.md for why 0.92. */
const PRECISION_FLOOR = 0.92;

describe('extraction against the hand-made gold list', () => {
  it.each(gold.map((g) => [g.source.slice(0, 3), g.type, g.quote, g] as const))(
    'gold quote %s %s %j occurs exactly once',
    (_s, _t, _q, g) => {
      expect(spanOf(sources.get(g.source)!, g.quote)).not.toBeNull();
    },
  );

  it.each(
    gold.filter((g) => g.readme).map((g) => [g.source.slice(0, 3), g.type, g.quote, g] as const),
  )('finds README item %s %s %j', (_s, _t, _q, g) => {
    const found = suggestions.get(g.source)!.filter((s) => matches(sources.get(g.source)!, g, s));
    expect(found.length).toBeGreaterThan(0);
  });

  it('has recall 1 on the README items and precision above the floor on all suggestions', () => {
    const readme = gold.filter((g) => g.readme);
    const hit = (g: (typeof gold)[number]) =>
      suggestions.get(g.source)!.some((s) => matches(sources.get(g.source)!, g, s));
    const all = IDS.flatMap((id) => suggestions.get(id)!);
    const correct = all.filter((s) => gold.some((g) => matches(sources.get(s.sourceId)!, g, s)));
    const recallReadme = readme.filter(hit).length / readme.length;
    const recallAll = gold.filter(hit).length / gold.length;
    const precision = correct.length / all.length;
    console.log(
      `gold: ${gold.length} items (${readme.length} README); suggestions: ${all.length}; ` +
        `recall README ${recallReadme.toFixed(3)}, recall all ${recallAll.toFixed(3)}, precision ${precision.toFixed(3)}`,
    );
    expect(recallReadme).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
