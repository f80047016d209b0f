import { describe, expect, it } from 'vitest';
import {
  compareClaims,
  itemFromSuggestion,
  itemValueText,
  sourceLookup,
  type ComparedGroup,
} from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract/index';
import { loadSource } from './load-source';

const CORPUS = ['corpus/000_16df6a53eee4503d.md', 'corpus/003_94a029406cfc69e9.md'];
const RUSSIAN = 'tests/fixtures/ru/crocus-report-ru.md';

function compareFiles(paths: string[]): ComparedGroup[] {
  const sources = paths.map(loadSource);
  const lookup = sourceLookup(sources);
  return compareClaims(
    sources.flatMap((source) =>
      extractSuggestions(source).map((s) => itemFromSuggestion(s, lookup)),
    ),
  );
}

const says = (group: ComparedGroup) =>
  group.items.map(
    (item) =>
      `${item.sourceId.slice(0, 3)}: ${[itemValueText(item), item.subject].filter(Boolean).join(' ')}`,
  );

function groupWith(groups: ComparedGroup[], measure: string, value: string): ComparedGroup {
  const found = groups.find((g) => g.measure === measure && says(g).includes(value));
  if (!found)
    throw new Error(`no ${measure} group with ${value}: ${JSON.stringify(groups.map(says))}`);
  return found;
}

describe('a Russian report compared with the two English corpus articles', () => {
  const groups = compareFiles([...CORPUS, RUSSIAN]);

  it('puts "погибли 137 человек" in the Crocus deaths group, and it conflicts with ">= 143"', () => {
    const deaths = groupWith(groups, 'deaths', 'cro: 137');
    expect(says(deaths)).toEqual(['000: at least 143', '003: more than 130', 'cro: 137']);
    // 137 is inside "more than 130" but outside "at least 143": they cannot all be true.
    expect(deaths.verdict).toBe('conflict');
  });

  it('puts "более 180 раненых" with "approximately 80 wounded": a conflict', () => {
    const injured = groupWith(groups, 'injured', 'cro: более 180');
    expect(says(injured)).toEqual(['000: approximately 80', 'cro: более 180']);
    expect(injured.verdict).toBe('conflict');
  });

  it('keeps the parts apart from the tolls: children among the dead, the hospitalised', () => {
    expect(groupWith(groups, 'deaths', 'cro: трое children').items).toHaveLength(1);
    expect(groupWith(groups, 'injured', 'cro: около ста hospitalised').items).toHaveLength(1);
  });

  it('without the Russian report the English groups are as before', () => {
    const english = compareFiles(CORPUS);
    const deaths = groupWith(english, 'deaths', '000: at least 143');
    expect(says(deaths)).toEqual(['000: at least 143', '003: more than 130']);
    expect(deaths.verdict).toBe('compatible');
  });
});
