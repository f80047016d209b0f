import { describe, expect, it } from 'vitest';
import { compareClaims, compareGroup, targetKey } from '../../../core/compare';
import type { ClaimValue } from '../../../core/model/claim';
import { F, figureValue, item, type ItemSpec } from './helpers';

const date = (iso: string): ClaimValue => ({ kind: 'date', date: iso });

function judge(specs: ItemSpec[]) {
  return compareGroup({ items: specs.map(item) });
}

describe('group verdicts', () => {
  it.each<[string, ItemSpec[], string, string | undefined]>([
    ['one source alone', [{ source: 'a', figure: F.exact(143) }], 'single', '143'],
    [
      'one source saying it twice',
      [
        { source: 'a', figure: F.exact(143) },
        { source: 'a', figure: F.exact(143) },
      ],
      'single',
      '143',
    ],
    [
      'two sources, same figure',
      [
        { source: 'a', figure: F.exact(13) },
        { source: 'b', figure: F.exact(13) },
      ],
      'agree',
      '13',
    ],
    [
      'at least 143 and more than 130',
      [
        { source: '000', figure: F.atLeast(143), text: 'at least 143' },
        { source: '003', figure: F.moreThan(130), text: 'more than 130' },
      ],
      'compatible',
      '>= 143',
    ],
    [
      'three sources, one disjoint pair',
      [
        { source: 'a', figure: F.atLeast(143) },
        { source: 'b', figure: F.moreThan(130) },
        { source: 'c', figure: F.exact(137) },
      ],
      'conflict',
      undefined,
    ],
    [
      'dates nest',
      [
        { source: 'a', value: date('2024-03') },
        { source: 'b', value: date('2024-03-22') },
      ],
      'compatible',
      '2024-03-22',
    ],
    [
      'dates disjoint',
      [
        { source: 'a', value: date('2022-09') },
        { source: 'b', value: date('2022-10') },
      ],
      'conflict',
      undefined,
    ],
    [
      'two speakers in one source are two voices',
      [
        { source: 'a', by: 'officials', figure: F.exact(133) },
        { source: 'a', by: 'a hospital', figure: F.exact(140) },
      ],
      'conflict',
      undefined,
    ],
    [
      'claims without values',
      [
        { source: 'a', value: null },
        { source: 'b', value: null },
      ],
      'single',
      undefined,
    ],
  ])('%s -> %s', (_name, specs, verdict, overlap) => {
    const result = judge(specs);
    expect(result.verdict).toBe(verdict);
    expect(result.overlap).toBe(overlap);
  });

  it('explains a compatible group with each voice and the overlap', () => {
    const result = judge([
      { source: '000', figure: F.atLeast(143), text: 'at least 143' },
      { source: '003', figure: F.moreThan(130), text: 'more than 130' },
    ]);
    expect(result.explanation).toBe(
      'values differ but can all be true; overlap >= 143 (000: at least 143; 003: more than 130)',
    );
  });
});

describe('revisions', () => {
  it.each<[string, ItemSpec[], string | null]>([
    [
      'a later, higher toll',
      [
        { source: 'early', published: '2024-03-24', figure: F.exact(133), text: '133' },
        { source: 'late', published: '2024-06-30', figure: F.exact(145), text: '145' },
      ],
      'revised upward: 133 on 24 March 2024, 145 by 30 June 2024',
    ],
    [
      'a later, lower toll, given out of order',
      [
        { source: 'late', published: '2021-09-10', figure: F.exact(170), text: '170' },
        {
          source: 'early',
          published: '2021-08-27',
          figure: F.moreThan(180),
          text: 'more than 180',
        },
      ],
      'revised downward: more than 180 on 27 August 2021, 170 by 10 September 2021',
    ],
    [
      'three steps',
      [
        { source: 'a', published: '2024-03-23', figure: F.moreThan(60), text: 'more than 60' },
        { source: 'b', published: '2024-03-24', figure: F.exact(133), text: '133' },
        { source: 'c', published: '2024-06-30', figure: F.exact(145), text: '145' },
      ],
      'revised upward: more than 60 on 23 March 2024, 133 by 24 March 2024, 145 by 30 June 2024',
    ],
    [
      'same-day disagreement is not explained by time',
      [
        { source: 'a', published: '2024-03-24', figure: F.exact(133), text: '133' },
        { source: 'b', published: '2024-03-24', figure: F.exact(115), text: '115' },
        { source: 'c', published: '2024-06-30', figure: F.exact(145), text: '145' },
      ],
      'revised upward: 133 / 115 on 24 March 2024, 145 by 30 June 2024 (sources of the same date also disagree)',
    ],
    [
      'no publication dates, no revision',
      [
        { source: 'a', figure: F.exact(133) },
        { source: 'b', figure: F.exact(145) },
      ],
      null,
    ],
    [
      'a month-only date is not before a day of that month: it is left out and named',
      [
        { source: 'day', published: '2023-07-30', figure: F.exact(44), text: '44' },
        { source: 'month', published: '2023-07', figure: F.exact(35), text: '35' },
        { source: 'later', published: '2023-08-02', figure: F.exact(54), text: '54' },
      ],
      'revised upward: 44 on 30 July 2023, 54 by 2 August 2023; not placed in time: month (dated only July 2023)',
    ],
    [
      'an undated source is said to be undated',
      [
        { source: 'a', published: '2024-03-24', figure: F.exact(133), text: '133' },
        { source: 'b', published: '2024-06-30', figure: F.exact(145), text: '145' },
        { source: 'c', figure: F.exact(140), text: '140' },
      ],
      'revised upward: 133 on 24 March 2024, 145 by 30 June 2024; not placed in time: c (undated)',
    ],
    [
      'a month and a day of that month alone make no timeline',
      [
        { source: 'a', published: '2023-07', figure: F.exact(35) },
        { source: 'b', published: '2023-07-30', figure: F.exact(44) },
      ],
      null,
    ],
    [
      'a later, looser restatement revises nothing',
      [
        { source: 'a', published: '2024-03-24', figure: F.exact(62), text: '62' },
        { source: 'b', published: '2024-03-24', figure: F.exact(70), text: '70' },
        { source: 'c', published: '2024-03-25', figure: F.moreThan(60), text: 'more than 60' },
      ],
      null,
    ],
    [
      'a later, tighter figure inside an earlier bound is a revision',
      [
        { source: 'a', published: '2024-03-24', figure: F.atLeast(37), text: 'at least 37' },
        { source: 'b', published: '2024-03-27', figure: F.exact(40), text: '40' },
      ],
      'revised upward: at least 37 on 24 March 2024, 40 by 27 March 2024',
    ],
    [
      'same figure at both dates is no revision',
      [
        { source: 'a', published: '2024-03-24', figure: F.exact(13) },
        { source: 'b', published: '2024-06-30', figure: F.exact(13) },
      ],
      null,
    ],
  ])('%s', (_name, specs, explanation) => {
    const result = judge(specs);
    expect(result.revision?.explanation ?? null).toBe(explanation);
    if (explanation) expect(result.explanation).toContain(explanation);
  });

  it('keeps the verdict a conflict while labelling it a revision', () => {
    const result = judge([
      { source: 'early', published: '2024-03-24', figure: F.exact(133) },
      { source: 'late', published: '2024-06-30', figure: F.exact(145) },
    ]);
    expect(result.verdict).toBe('conflict');
    expect(result.revision?.direction).toBe('upward');
    expect(result.revision?.complete).toBe(true);
  });
});

describe('within-source inconsistency', () => {
  const series = 'the rocket attacks on Uzbekistan and Tajikistan';
  it.each<[string, ItemSpec[], string, boolean]>([
    [
      'one article dates it 2022-04, later 2023',
      [
        { source: '003', at: 100, value: date('2022-04') },
        { source: '003', at: 5000, value: date('2023') },
      ],
      'single',
      true,
    ],
    [
      'two dates in one passage are a list, not a contradiction',
      [
        { source: '003', at: 100, value: date('2022-09') },
        { source: '003', at: 130, value: date('2022-12') },
      ],
      'single',
      false,
    ],
    [
      'a year and a month inside it is not inconsistent',
      [
        { source: '003', at: 100, value: date('2022') },
        { source: '003', at: 5000, value: date('2022-05') },
      ],
      'single',
      false,
    ],
    [
      'an inconsistent source among others',
      [
        { source: 'a', at: 100, figure: F.exact(13) },
        { source: 'a', at: 5000, figure: F.exact(17) },
        { source: 'b', figure: F.exact(13) },
      ],
      'conflict',
      true,
    ],
    [
      'two speakers differing is not the source contradicting itself',
      [
        { source: 'a', at: 100, by: 'Russia', figure: F.exact(9) },
        { source: 'a', at: 5000, by: 'Ukraine', figure: F.exact(90) },
      ],
      'conflict',
      false,
    ],
    [
      'a series over two years ("the 2022 and 2023 rocket attacks") after earlier 2022 passages',
      [
        { source: '003', at: 100, cue: series, value: date('2022-04') },
        { source: '003', at: 300, cue: series, value: date('2022-05') },
        { source: '003', at: 5000, cue: series, value: date('2022') },
        { source: '003', at: 5009, cue: series, value: date('2023') },
      ],
      'single',
      false,
    ],
    [
      'a series: a later passage naming only another year adds an occurrence',
      [
        { source: '003', at: 100, cue: series, value: date('2022-04') },
        { source: '003', at: 5000, cue: series, value: date('2023') },
      ],
      'single',
      false,
    ],
    [
      'the same two years for one attack, in two passages, are a contradiction',
      [
        { source: '003', at: 100, cue: 'the rocket attack on Termez', value: date('2022-04') },
        { source: '003', at: 5000, cue: 'the rocket attack on Termez', value: date('2023') },
      ],
      'single',
      true,
    ],
    [
      'a series: occurrences in different months are not a contradiction',
      [
        { source: '003', at: 100, cue: series, value: date('2022-04') },
        { source: '003', at: 2000, cue: series, value: date('2022-05') },
        { source: '003', at: 5000, cue: series, value: date('2022') },
      ],
      'single',
      false,
    ],
    [
      'a series across sources: different occurrence lists are compatible',
      [
        { source: '003', at: 100, cue: series, value: date('2022-05') },
        { source: 'x', at: 100, cue: series, value: date('2022-04') },
      ],
      'compatible',
      false,
    ],
  ])('%s', (_name, specs, verdict, inconsistent) => {
    const result = judge(specs);
    expect(result.verdict).toBe(verdict);
    expect(result.inconsistent).toBe(inconsistent);
  });

  it('says which values clash', () => {
    const result = judge([
      { source: '003', at: 100, value: date('2022-04') },
      { source: '003', at: 5000, value: date('2023') },
    ]);
    expect(result.inconsistencies).toEqual([
      expect.objectContaining({ sourceId: '003', values: ['April 2022', '2023'] }),
    ]);
    expect(result.explanation).toContain(
      '003 gives values that cannot all be true: April 2022 vs 2023',
    );
  });
});

describe('attributions', () => {
  it.each([
    ['Islamic State of Khorasan Province (ISKP)', 'iskp'],
    ['Islamic State Khorasan Province', 'iskp'],
    ['the ISKP', 'iskp'],
    ['ISKP militants', 'iskp'],
    ['Ukraine', 'ukrain'],
    ['Ukrainian', 'ukrain'],
    // A known group keys on its actor, whatever name it goes by.
    ['Islamic State', 'islamic-state'],
    ['Daesh', 'islamic-state'],
    ['the ISIS fighters', 'islamic-state'],
    ['IS-K', 'iskp'],
    ['Вилаят Хорасан', 'iskp'],
    ['Islamic State West Africa Province', 'iswap'],
    // Branches no table lists are read by rule.
    ['Islamic State Somalia Province', 'islamic-state/somalia'],
    ['Wilayat Hind', 'islamic-state/hind'],
    ['al-Qaida in Yemen', 'al-qaeda/yemen'],
    // Short acronyms match only in capitals: "is" is a word.
    ['Is', 'is'],
  ])('targetKey(%s) = %s', (target, key) => {
    expect(targetKey(target)).toBe(key);
  });

  it.each<[string, ItemSpec[], string, string]>([
    [
      'competing attributions inside one source',
      [
        { source: '003', by: 'ISKP', target: 'ISKP' },
        { source: '003', by: 'Alexander Bortnikov', target: 'ISKP militants' },
        // One speaker in two wordings is listed once, under the shorter.
        { source: '003', by: 'the Islamic State of Khorasan Province (ISKP)', target: 'ISKP' },
        { source: '003', by: 'The US', target: 'the ISKP' },
        { source: '003', by: 'Russia', target: 'Ukraine' },
      ],
      'conflict',
      '003 (ISKP): ISKP; 003 (Alexander Bortnikov): ISKP; 003 (The US): ISKP; 003 (Russia): Ukraine',
    ],
    [
      'the same culprit in different words',
      [
        { source: 'a', target: 'Islamic State Khorasan Province' },
        { source: 'b', by: 'US officials', target: 'ISKP' },
      ],
      'agree',
      'a: Islamic State Khorasan Province; b (US officials): Islamic State Khorasan Province',
    ],
    [
      'one voice',
      [{ source: 'a', by: 'Russia', target: 'Ukraine' }],
      'single',
      'a (Russia): Ukraine',
    ],
    [
      'a group and its branch',
      [
        { source: 'a', target: 'the Islamic State' },
        { source: 'b', by: 'US officials', target: 'ISIS-K' },
      ],
      'compatible',
      'a: the Islamic State; b (US officials): ISIS-K',
    ],
    [
      'a branch read by rule and its parent',
      [
        { source: 'a', target: 'Daesh' },
        { source: 'b', target: 'Islamic State Somalia Province' },
      ],
      'compatible',
      'a: Daesh; b: Islamic State Somalia Province',
    ],
    [
      'branches of two different groups',
      [
        { source: 'a', target: 'ISKP' },
        { source: 'b', target: 'AQAP' },
      ],
      'conflict',
      'a: ISKP; b: AQAP',
    ],
  ])('%s -> %s', (_name, specs, verdict, summary) => {
    const result = judge(specs);
    expect(result.verdict).toBe(verdict);
    expect(result.attributions).toBe(summary);
  });

  it('says why a group and its branch can both be true, naming the more specific', () => {
    const result = judge([
      { source: 'a', target: 'Islamic State' },
      { source: 'b', target: 'ISKP' },
    ]);
    expect(result.explanation).toContain('ISKP is a branch of Islamic State');
    expect(result.explanation).toContain('ISKP is the more specific');
  });
});

describe('compareClaims', () => {
  it('groups and judges in one pass: two facts in one sentence are not a conflict', () => {
    const specs: ItemSpec[] = [
      {
        source: '003',
        cue: 'Kabul airport',
        subject: 'American soldiers',
        figure: F.exact(13),
        text: '13',
      },
      {
        source: '003',
        cue: 'Kabul airport',
        subject: 'Afghans',
        figure: F.exact(170),
        text: '170',
      },
      {
        source: 'x',
        cue: 'Kabul airport',
        subject: 'US service members',
        figure: F.exact(13),
        text: '13',
      },
    ];
    const groups = compareClaims(specs.map(item));
    expect(groups.map((group) => [group.subject, group.verdict])).toEqual([
      ['American soldiers', 'agree'],
      ['Afghans', 'single'],
    ]);
    expect(groups.every((group) => !group.items.some((it) => it.value?.kind !== 'figure'))).toBe(
      true,
    );
    expect(figureValue(F.exact(1)).kind).toBe('figure');
  });
});
