import { describe, expect, it } from 'vitest';
import { actorOf, narrowerOf } from '../../../core/actors/actors';

describe('the actor a name refers to', () => {
  it.each<[string, string[] | null]>([
    ['Islamic State', ['islamic-state']],
    ['ISIL', ['islamic-state']],
    ['Islamic State Khorasan Province', ['islamic-state', 'iskp']],
    ['ISIS-K', ['islamic-state', 'iskp']],
    ['ИГИЛ-К', ['islamic-state', 'iskp']],
    ['Al-Shabaab', ['al-qaeda', 'al-shabaab']],
    ['the Haqqani Network', ['taliban', 'haqqani']],
    ['Islamic State Pakistan Province', ['islamic-state', 'islamic-state/pakistan']],
    ['Wilayat Sinai', ['islamic-state', 'is-sinai']],
    ['al Qaeda in Iraq', ['al-qaeda', 'al-qaeda/iraq']],
    ['Pakistani Taliban', ['ttp']],
    // A branch written as its parent's possession.
    ["Islamic State's Khorasan branch", ['islamic-state', 'iskp']],
    ["ISIS's Mozambique province", ['islamic-state', 'islamic-state/mozambique']],
    ["Islamic State's Mozambique affiliate", ['islamic-state', 'islamic-state/mozambique']],
    ["Russia's Ukraine offensive", null],
    ['Ukraine', null],
    ['the gunmen', null],
    ['is', null],
  ])('%s -> %j', (name, lineage) => {
    expect(actorOf(name)?.lineage ?? null).toEqual(lineage);
  });
});

describe('which of two actors is the narrower', () => {
  it.each<[string[], string[], 'a' | 'b' | null]>([
    [['islamic-state', 'iskp'], ['islamic-state'], 'a'],
    [['islamic-state'], ['islamic-state', 'iskp'], 'b'],
    [['islamic-state', 'iskp'], ['islamic-state', 'iswap'], null],
    [['al-qaeda'], ['islamic-state'], null],
  ])('%j vs %j -> %s', (a, b, narrower) => {
    expect(narrowerOf(a, b)).toBe(narrower);
  });
});
