import { describe, expect, it } from 'vitest';
import {
  demonymOnlyMatch,
  eventKeyOf,
  groupClaims,
  namesMatch,
  splitDecisions,
  subjectKey,
} from '../../../core/compare';
import { venuesClash } from '../../../core/compare/event-key';
import { F, item, type ItemSpec } from './helpers';

function groupsOf(specs: ItemSpec[], decisions: Parameters<typeof groupClaims>[1] = []) {
  const items = specs.map(item);
  const groups = groupClaims(items, decisions);
  const index = new Map(items.map((it, i) => [it.id, i]));
  return groups.map((group) => group.items.map((member) => index.get(member.id)).sort());
}

describe('event keys', () => {
  it.each([
    ["the March 22 assault against Moscow's Crocus City Hall", ['crocus', 'moscow'], ['hall']],
    ['the terrorist attack in Moscow in March', ['moscow'], []],
    ['the Crocus concert hall in Moscow', ['crocus', 'moscow'], ['concert', 'hall']],
    ['the airport gate of the Abbey of Kabul', ['abbey', 'kabul'], ['airport', 'gate']],
    ['Russian embassy in Kabul', ['kabul', 'russian'], ['embassy']],
    ['the attack', [], []],
  ])('%s -> names %j, venues %j', (cue, names, venues) => {
    const key = eventKeyOf(cue);
    expect(key.names).toEqual(names);
    expect(key.venues).toEqual(venues);
  });

  it.each([
    ['russian', 'russia', true],
    ['uzbek', 'uzbekistan', true],
    ['ukrainian', 'ukraine', true],
    ['afghans', 'afghanistan', true],
    ['iranian', 'iran', true],
    ['austria', 'australia', false],
    ['moscow', 'kabul', false],
  ])('namesMatch(%s, %s) = %s', (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
  });

  it.each([
    ['American soldiers', 'US troops', true],
    ['U.S. service members', 'American soldiers', true],
    ['Afghans', 'Afghan civilians', true],
    ['Afghan citizens', 'Afghans', true],
    ['worshippers', 'people', true],
    ['suspects', 'people', true],
    ['brave Afghans', 'Afghans', true],
    ['fatalities', 'people', true],
    ['US Marines', 'US service members', false],
    ['Afghans', 'Afghan', true],
    ['people', undefined, true],
    ['American soldiers', 'Afghans', false],
    ['US service members', 'American soldiers', true],
    ['U.S. troops', 'US service members', true],
    ['American troops', 'US servicemen', true],
    ['US marines', 'U.S. marines', true],
    ['hospitalised', 'people', false],
    ['at the scene', 'people', false],
    ['British soldiers', 'American soldiers', false],
    ['Afghan soldiers', 'Afghans', false],
    ['US service members', 'US diplomats', false],
    ['bodies recovered', 'dead bodies', false],
    ['part of the victims held foreign nationality', 'foreigners', true],
    ['children part', 'children', true],
    ['part of the dead', 'dead', false],
    ['under treatment', 'hospitalised', false],
    ['British US', 'people', false],
    ['British US', 'Britons and Americans', true],
    // Hospitals' grades and wards are different counts reported side by side.
    ['part of them gravely', 'in critical condition', true],
    ['seriously', 'in serious condition', true],
    ['seriously', 'in critical condition', false],
    ['in intensive care', 'in critical condition', false],
    ['unidentified', 'part of the victims are still unidentified', true],
    ['unidentified', 'dead bodies', false],
    ['members', 'people', false],
    ['US service members', 'American troops', true],
  ])('subjectKey(%s) = subjectKey(%s): %s', (a, b, same) => {
    expect(subjectKey(a) === subjectKey(b)).toBe(same);
  });

  it.each([
    ['russian', 'russia', true],
    ['uzbek', 'uzbekistan', true],
    ['russian', 'russians', false],
    ['afghan', 'afghans', false],
    ['moscow', 'moscow', false],
    ['moscow', 'kabul', false],
  ])('demonymOnlyMatch(%s, %s) = %s', (a, b, expected) => {
    expect(demonymOnlyMatch(a, b)).toBe(expected);
  });
});

describe('a country or nationality alone is weak evidence of one event', () => {
  it.each<[string, ItemSpec[], number[][]]>([
    [
      '"attacks in Russia" does not join "the Russian embassy in Kabul"',
      [
        { source: 'a', type: 'date', measure: 'date', cue: 'Russian embassy in Kabul' },
        { source: 'b', type: 'date', measure: 'date', cue: 'attacks in Russia and the West' },
      ],
      [[0], [1]],
    ],
    [
      '"the Uzbek city of Termez" does not join "attacks on Uzbekistan" by the demonym alone',
      [
        { source: 'a', type: 'date', measure: 'date', cue: 'Uzbek city of Termez' },
        { source: 'b', type: 'date', measure: 'date', cue: 'attacks on Uzbekistan' },
      ],
      [[0], [1]],
    ],
    [
      'a shared venue makes the demonym count: "Russian embassy" and "Russia\'s embassy"',
      [
        { source: 'a', figure: F.exact(2), cue: 'Russian embassy' },
        { source: 'b', figure: F.exact(2), cue: 'Russia’s embassy' },
      ],
      [[0, 1]],
    ],
    [
      'identical names still match: "attacks on Uzbekistan" and "rockets fired into Uzbekistan"',
      [
        { source: 'a', type: 'date', measure: 'date', cue: 'attacks on Uzbekistan' },
        { source: 'b', type: 'date', measure: 'date', cue: 'rockets fired into Uzbekistan' },
      ],
      [[0, 1]],
    ],
  ])('%s', (_name, specs, expected) => {
    expect(groupsOf(specs)).toEqual(expected);
  });
});

const crocus000: ItemSpec = {
  source: '000',
  cue: "Moscow's Crocus City Hall",
  date: '2024-03-22',
  figure: F.atLeast(143),
};
const moscow003: ItemSpec = {
  source: '003',
  cue: 'the terrorist attack in Moscow in March',
  date: '2024-03',
  figure: F.moreThan(130),
};

describe('groupClaims proposes groups', () => {
  it.each<[string, ItemSpec[], number[][]]>([
    ['same event named differently, same measure', [crocus000, moscow003], [[0, 1]]],
    [
      'a bare "Crocus City Hall" joins through a cue naming both',
      [
        { source: 'a', cue: 'Crocus City Hall', figure: F.exact(133) },
        { source: 'b', cue: 'the Moscow attack', figure: F.exact(137) },
        { source: 'c', cue: 'the Crocus concert hall in Moscow', figure: F.exact(139) },
      ],
      [[0, 1, 2]],
    ],
    [
      'different measures stay apart',
      [crocus000, { ...crocus000, measure: 'injured', figure: F.about(80) }],
      [[0], [1]],
    ],
    [
      'subjects split one sentence into two facts',
      [
        {
          source: '003',
          cue: 'Kabul airport',
          date: '2021-08',
          subject: 'American soldiers',
          figure: F.exact(13),
        },
        {
          source: '003',
          cue: 'Kabul airport',
          date: '2021-08',
          subject: 'Afghans',
          figure: F.exact(170),
        },
        {
          source: 'x',
          cue: 'Kabul airport',
          date: '2021-08-26',
          subject: 'US troops',
          figure: F.exact(13),
        },
        {
          source: 'x',
          cue: 'Kabul airport',
          date: '2021-08-26',
          subject: 'Afghan',
          figure: F.moreThan(160),
        },
      ],
      [
        [0, 2],
        [1, 3],
      ],
    ],
    [
      'different venues in one city are different events',
      [
        {
          source: '000',
          cue: 'the Russian embassy in Kabul',
          subject: 'staffers',
          figure: F.exact(2),
        },
        { source: 'y', cue: 'the Kabul airport', subject: 'staffers', figure: F.exact(3) },
      ],
      [[0], [1]],
    ],
    [
      'dates that cannot meet keep one city apart',
      [
        { source: 'a', cue: 'Moscow', date: '2024-03', figure: F.exact(140) },
        { source: 'b', cue: 'Moscow', date: '2022-09', figure: F.exact(2) },
      ],
      [[0], [1]],
    ],
    [
      'an undated cue does not chain two dated events together',
      [
        { source: 'a', cue: 'Moscow', date: '2024-03', figure: F.exact(140) },
        { source: 'b', cue: 'Moscow', figure: F.exact(141) },
        { source: 'c', cue: 'Moscow', date: '2022-09', figure: F.exact(2) },
      ],
      [[0, 1], [2]],
    ],
    [
      'a cue-less claim takes the preceding named event of its source',
      [
        {
          source: '003',
          at: 100,
          cue: 'the terrorist attack in Moscow',
          type: 'attribution',
          by: 'ISKP',
          target: 'ISKP',
        },
        { source: '003', at: 400, cue: 'the attack', by: 'the US', target: 'ISKP' },
        { source: '003', at: 450, cue: 'the attack', by: 'Russia', target: 'Ukraine' },
      ],
      [[0, 1, 2]],
    ],
    [
      'claims with no name share an event by an exact day',
      [
        { source: 'a', cue: 'the blast', date: '2024-03-22', figure: F.exact(5) },
        { source: 'b', cue: 'the explosion', date: '2024-03-22', figure: F.exact(6) },
      ],
      [[0, 1]],
    ],
  ])('%s', (_name, specs, expected) => {
    expect(groupsOf(specs)).toEqual(expected);
  });
});

describe('manual decisions win over proposals', () => {
  const specs: ItemSpec[] = [
    { ...crocus000, at: 10 },
    { ...moscow003, at: 20 },
    { source: 'k', at: 30, cue: 'Kabul airport', date: '2021-08', figure: F.exact(183) },
    { source: 'v', at: 40, cue: 'the massacre', figure: F.exact(150) },
  ];
  const ids = specs.map((spec) => item(spec).id);
  it.each<[string, Parameters<typeof groupClaims>[1], number[][]]>([
    ['no decision', [], [[0, 1], [2], [3]]],
    [
      'unlink splits a proposed pair',
      [{ kind: 'unlink', claimIds: [ids[0]!, ids[1]!] }],
      [[0], [1], [2], [3]],
    ],
    [
      'link joins what rules cannot see',
      [{ kind: 'link', claimIds: [ids[3]!, ids[1]!] }],
      [[0, 1, 3], [2]],
    ],
    [
      'link joins what rules keep apart; the rules then keep a clashing third out',
      [{ kind: 'link', claimIds: [ids[1]!, ids[2]!] }],
      [[0], [1, 2], [3]],
    ],
    [
      'the later decision on a pair wins',
      [
        { kind: 'unlink', claimIds: [ids[0]!, ids[1]!] },
        { kind: 'link', claimIds: [ids[1]!, ids[0]!] },
      ],
      [[0, 1], [2], [3]],
    ],
    [
      'a link never crosses an unlink',
      [
        { kind: 'unlink', claimIds: [ids[0]!, ids[2]!] },
        { kind: 'link', claimIds: [ids[1]!, ids[2]!] },
      ],
      [[0], [1, 2], [3]],
    ],
  ])('%s', (_name, decisions, expected) => {
    expect(groupsOf(specs, decisions)).toEqual(expected);
  });

  it('marks groups shaped by a decision', () => {
    const items = specs.map(item);
    const groups = groupClaims(items, [{ kind: 'unlink', claimIds: [items[0]!.id, items[1]!.id] }]);
    expect(groups.map((group) => group.decided)).toEqual([true, true, false, false]);
  });
});

describe('group ids and labels', () => {
  const items = [
    crocus000,
    moscow003,
    { ...crocus000, source: 'z', measure: 'injured', figure: F.about(80) },
  ].map(item);

  it('ids do not depend on input order and change with membership', () => {
    const a = groupClaims(items).map((group) => group.id);
    const b = groupClaims([...items].reverse()).map((group) => group.id);
    expect([...b].sort()).toEqual([...a].sort());
    expect(a[0]).toMatch(/^deaths-[0-9a-f]{8}$/);
    const fewer = groupClaims(items.slice(1)).map((group) => group.id);
    expect(fewer).not.toContain(a[0]);
  });

  it('names the event by its most specific cue and narrows the date', () => {
    const [deaths] = groupClaims(items);
    expect(deaths?.event).toBe("Moscow's Crocus City Hall");
    expect(deaths?.eventDate).toBe('2024-03-22');
  });
});

describe('splitting one claim leaves the rest of its group together', () => {
  // The middle claim names both places, so it is the only bridge between the other two.
  const specs: ItemSpec[] = [
    { source: 'a', at: 10, cue: 'the Crocus City Hall attack', figure: F.exact(133) },
    { source: 'b', at: 10, cue: 'the Crocus City Hall attack near Moscow', figure: F.exact(137) },
    { source: 'c', at: 10, cue: 'the Moscow attack', figure: F.exact(139) },
    { source: 'd', at: 10, cue: 'the Crocus attack', figure: F.exact(140) },
  ];
  const ids = specs.map((spec) => item(spec).id);
  it.each<[string, string, number[][]]>([
    ['the bridge', ids[1]!, [[0, 2, 3], [1]]],
    ['an end', ids[0]!, [[0], [1, 2, 3]]],
    ['the last', ids[3]!, [[0, 1, 2], [3]]],
  ])('split %s', (_name, claimId, expected) => {
    expect(groupsOf(specs)).toEqual([[0, 1, 2, 3]]);
    const sorted = (groups: (number | undefined)[][]) =>
      [...groups].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
    expect(sorted(groupsOf(specs, splitDecisions(ids, claimId)))).toEqual(expected);
  });
});

describe('part venues never tell two events apart', () => {
  it.each([
    [['hall'], ['airport'], false],
    [['hospital'], ['mosque'], false],
    [['embassy'], ['airport'], true],
    [['metro', 'hall'], ['airport'], true],
  ])('%j vs %j: clash %s', (a, b, clash) => {
    expect(venuesClash(a, b)).toBe(clash);
  });
});
