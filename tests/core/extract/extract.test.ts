import { describe, expect, it } from 'vitest';
import { extractSuggestions, splitSentences } from '../../../core/extract/index';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';

function source(text: string, published: string | null = null): Source {
  const front = published ? `---\npublished: ${published}\n---\n` : '';
  const parsed = parseSourceFile({ id: 't', content: `${front}${text}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const brief = (text: string, published: string | null = null) =>
  extractSuggestions(source(text, published)).map((s) => ({
    type: s.type,
    measure: s.measure,
    quote: s.quote,
    ...(s.subject ? { subject: s.subject } : {}),
  }));

describe('figures and their measures', () => {
  it.each<[string, Array<{ type: string; measure: string; quote: string; subject?: string }>]>([
    [
      'The blast killed 5 people and wounded 20 others.',
      [
        { type: 'casualty', measure: 'deaths', quote: '5 people' },
        { type: 'casualty', measure: 'injured', quote: '20 others' },
      ],
    ],
    [
      // The counted noun in quotes names the measure, whatever cue stands before it.
      'The group said 60 people died in three “truck bombings” in the city.',
      [
        { type: 'casualty', measure: 'deaths', quote: '60 people' },
        { type: 'count', measure: 'attacks', quote: 'three' },
      ],
    ],
    [
      'Two car bombs killed 40 people.',
      [
        { type: 'count', measure: 'attacks', quote: 'Two car bombs', subject: 'car bombs' },
        { type: 'casualty', measure: 'deaths', quote: '40 people' },
      ],
    ],
    [
      // A list shares the cue that trails it; "from <country>" says who each figure counts.
      'Officials said 4 Germans and 2 Poles, three from Chile as well as one Canadian had died.',
      [
        { type: 'casualty', measure: 'deaths', quote: '4 Germans', subject: 'Germans' },
        { type: 'casualty', measure: 'deaths', quote: '2 Poles', subject: 'Poles' },
        { type: 'casualty', measure: 'deaths', quote: 'three', subject: 'Chile' },
        { type: 'casualty', measure: 'deaths', quote: 'one Canadian', subject: 'Canadian' },
      ],
    ],
    [
      // A headline's list: each cue belongs to the figure it follows.
      'Bombing at a bus depot: 31 killed, over 90 injured',
      [
        { type: 'casualty', measure: 'deaths', quote: '31' },
        { type: 'casualty', measure: 'injured', quote: 'over 90' },
      ],
    ],
    [
      // Explosions are counted, never a toll of people.
      'Two explosions wounded 30 people.',
      [
        { type: 'count', measure: 'attacks', quote: 'Two explosions', subject: 'explosions' },
        { type: 'casualty', measure: 'injured', quote: '30 people' },
      ],
    ],
    [
      'At least 12 people were killed and dozens wounded.',
      [
        { type: 'casualty', measure: 'deaths', quote: 'At least 12 people' },
        { type: 'casualty', measure: 'injured', quote: 'dozens' },
      ],
    ],
    [
      'Three people remain missing.',
      [{ type: 'casualty', measure: 'missing', quote: 'Three people' }],
    ],
    [
      'Gunmen took 40 hostages.',
      [{ type: 'casualty', measure: 'hostages', quote: '40 hostages', subject: 'hostages' }],
    ],
    [
      'Police detained four suspects.',
      [{ type: 'count', measure: 'arrests', quote: 'four suspects', subject: 'suspects' }],
    ],
    ['Seven arrested.', [{ type: 'count', measure: 'arrests', quote: 'Seven' }]],
    [
      'Officials counted 12 plots in 2023 and 19 thus far into 2024.',
      [
        { type: 'count', measure: 'plots', quote: '12 plots', subject: 'plots' },
        { type: 'date', measure: 'date', quote: '2023' },
        { type: 'count', measure: 'plots', quote: '19', subject: 'plots' },
      ],
    ],
    [
      'The bombing at Kabul airport killed 13 American soldiers and 170 Afghans.',
      [
        {
          type: 'casualty',
          measure: 'deaths',
          quote: '13 American soldiers',
          subject: 'American soldiers',
        },
        { type: 'casualty', measure: 'deaths', quote: '170 Afghans', subject: 'Afghans' },
      ],
    ],
    [
      'More than 1,900 Tajiks have travelled to Syria to join militant groups.',
      [{ type: 'count', measure: 'recruits', quote: 'More than 1,900 Tajiks', subject: 'Tajiks' }],
    ],
    ['The group has been active for almost ten years.', []],
    ['Turnout rose to 62 percent.', []],
    ['One of their attempts failed.', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('attributions', () => {
  const attributions = (text: string) =>
    extractSuggestions(source(text))
      .filter((s) => s.type === 'attribution')
      .map((s) => [s.attributedTo, s.attributedTarget]);

  it.each<[string, Array<[string, string | undefined]>]>([
    ['ISKP claimed responsibility for the attack.', [['ISKP', 'ISKP']]],
    [
      'The ISKP gained attention when it claimed responsibility for the attack.',
      [['ISKP', 'ISKP']],
    ],
    [
      'The attack was claimed by the Islamic State of Khorasan Province (ISKP).',
      [['Islamic State of Khorasan Province (ISKP)', 'ISKP']],
    ],
    [
      'The US also attributed the attack to the ISKP, but Russia links the attack to Ukraine.',
      [
        ['US', 'ISKP'],
        ['Russia', 'Ukraine'],
      ],
    ],
    ['Kyiv blamed Moscow for the bombing.', [['Kyiv', 'Moscow']]],
    ['Officials blamed the bombing on Hamas.', [['Officials', 'Hamas']]],
    ['The bombing was blamed on Hamas.', [['', 'Hamas']]],
    [
      'There were claims by Alexander Bortnikov, the head of the FSB, that ISKP militants were responsible for the attack.',
      [['Alexander Bortnikov, the head of the FSB', 'ISKP']],
    ],
    ['According to Reuters, Hamas was behind the attack.', [['Reuters', 'Hamas']]],
    [
      'Local officials tie the bombing to the PKK, while Ankara says the YPG was responsible.',
      [
        ['Local officials', 'PKK'],
        ['Ankara', 'YPG'],
      ],
    ],
    [
      'Baghdad blamed Tehran for the raid, but Kurdish officials said Al-Shabaab was behind it.',
      [
        ['Baghdad', 'Tehran'],
        ['Kurdish officials', 'Al-Shabaab'],
      ],
    ],
    // A claim may name its event instead of "responsibility"; a suspicion names a target.
    ['Al-Shabaab claimed the bombing in an online statement.', [['Al-Shabaab', 'Al-Shabaab']]],
    ['The blast claimed the lives of 30 people.', []],
    [
      'No group has claimed responsibility, but investigators suspect the Haqqani Network.',
      [['', 'Haqqani Network']],
    ],
    ['Police suspected the attacker was a local man.', []],
    ['The minister insists that the cartel was responsible for the kidnapping.', []],
    ['The foundation is directly responsible for producing propaganda.', []],
    ['The dataset found ISKP to be linked to 12 plots.', []],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('dates', () => {
  it.each<[string, string | null, string[]]>([
    ['The attack on March 22 killed 5 people.', null, ['--03-22']],
    ['The attack on March 22 killed 5 people.', '2024-06-30', ['2024-03-22']],
    ['The attack in March killed 5 people.', null, ['--03']],
    ['In April 2022, ISKP launched rockets.', null, ['2022-04']],
    [
      'The embassies in Kabul were attacked in September and December 2022.',
      null,
      ['2022-09', '2022-12'],
    ],
    ['The 2022 and 2023 rocket attacks failed.', null, ['2022', '2023']],
    ['Russia may ask the Taliban for help.', null, []],
    ['In 2015 the group emerged.', null, []],
  ])('%s (published %s)', (text, published, expected) => {
    const dates = extractSuggestions(source(text, published))
      .filter((s) => s.type === 'date')
      .map((s) => (s.value?.kind === 'date' ? s.value.date : ''));
    expect(dates).toEqual(expected);
  });
});

describe('event cues', () => {
  it.each<[string, string]>([
    [
      'It was the March 22 assault against Moscow’s Crocus City Hall, which killed at least 143 people.',
      'assault against Moscow’s Crocus City Hall',
    ],
    ['The terrorist attack in Moscow killed more than 130 people.', 'attack in Moscow'],
    ['In the Kabul airport bombing, 13 soldiers were killed.', 'Kabul airport bombing'],
    ['Seven people were arrested in Austria.', 'Austria'],
    // An office that speaks is not the scene: the cue is the blast's.
    ["Chile's foreign ministry said 12 people died in the blast in Arica.", 'blast in Arica'],
  ])('%s', (text, cue) => {
    const [first] = extractSuggestions(source(text)).filter((s) => s.type !== 'date');
    expect(first?.eventCue).toBe(cue);
  });

  it('takes the cue of the previous sentence when its own has none', () => {
    const s = extractSuggestions(
      source('The attack in Moscow shocked Russia. Officials said 5 people died.'),
    );
    expect(s.find((x) => x.type === 'casualty')?.eventCue).toBe('attack in Moscow');
  });
});

describe('ids, offsets, sentences', () => {
  const text =
    'The attack in Moscow killed at least 143 people. Police arrested seven men in May 2024.';
  it('gives deterministic ids from type and offsets, and quotes that match the text', () => {
    const src = source(text);
    const a = extractSuggestions(src);
    const b = extractSuggestions(src);
    expect(a).toEqual(b);
    for (const s of a) {
      expect(s.id).toBe(`t:${s.type}:${s.start}-${s.end}`);
      expect(src.text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it.each<[string, string[]]>([
    ['One. Two three.', ['One.', 'Two three.']],
    [
      'killing 13 American soldiers. and 170 Afghans.',
      ['killing 13 American soldiers. and 170 Afghans.'],
    ],
    ['Mr. Smith went to Washington. He left.', ['Mr. Smith went to Washington.', 'He left.']],
    ['The U.S. said so. Then it ended.', ['The U.S. said so.', 'Then it ended.']],
  ])('splitSentences(%j)', (text, expected) => {
    const spans = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('never throws on odd input', () => {
    for (const t of [
      '.',
      '...',
      '“”',
      'Killed 5. . .',
      '\u0000',
      'claimed responsibility',
      'blamed',
    ]) {
      const src: Source = { ...source('x'), text: t, blocks: [] };
      expect(() => extractSuggestions(src)).not.toThrow();
    }
  });
});

describe('a measure comes from the clause, not a fixed window', () => {
  it.each([
    ['The exact number of deaths in the night’s incident is 95 people, he said.', 'deaths'],
    [
      'Earlier reports had given the victim count from the bombing as more than 100 people.',
      'deaths',
    ],
    ['Casualties in the province have since risen to 360.', 'deaths'],
    ['The minister said 44 people had been martyred so far.', 'deaths'],
    ['A bomber struck the square, martyring 12 worshippers while injuring 30 others.', 'deaths'],
  ])('%s -> %s', (text, measure) => {
    expect(brief(text)[0]?.measure).toBe(measure);
  });

  it('a cue that is the previous figure’s predicate is not this figure’s', () => {
    expect(brief('At least 9 people are dead and almost 40 were hurt after the blast.')).toEqual([
      expect.objectContaining({ measure: 'deaths', quote: 'At least 9 people' }),
      expect.objectContaining({ measure: 'injured', quote: 'almost 40' }),
    ]);
  });
});

describe('a state after a casualty figure makes it a part of its measure', () => {
  it.each([
    ['The blast wounded 90 people, 40 of whom were hospitalised.', '40', 'hospitalised'],
    ['Nine people died at the scene and two more in hospital.', 'Nine people', 'at the scene'],
    ['Twelve were killed on the spot, the police said.', 'Twelve', 'at the scene'],
    ['Of the 300 admitted, 85 remained in hospital on Friday.', '85', 'under treatment'],
    ['About 60 injured people were still being treated.', 'About 60', 'under treatment'],
    ['Some 70 wounded were taken to hospitals in the city.', 'Some 70', 'hospitalised'],
    ['Rescuers said 12 bodies were pulled from the debris of the hotel.', '12 bodies', 'recovered'],
    ['About 9 bodies had been taken out of the rubble by noon.', 'About 9 bodies', 'recovered'],
    [
      'Two people who held both Canadian and Irish passports were killed.',
      'Two people',
      'Canadian Irish',
    ],
    [
      'Eight injured people under treatment for burns were in a critical state.',
      'Eight',
      'in critical condition',
    ],
  ])('%s: %s counts %s', (text, quote, subject) => {
    const found = brief(text).find((s) => s.quote === quote);
    expect(found?.subject?.endsWith(subject)).toBe(true);
  });
});

describe('a figure whose measure is named by reference', () => {
  it.each<[string, Array<[string, string]>]>([
    // A part of the figure before, however far back in the sentence.
    [
      'Doctors said 90 wounded people were still in the wards, out of whom 8 to 10 were gravely hurt.',
      [
        ['90', 'injured'],
        ['8 to 10', 'injured'],
      ],
    ],
    // A part of a named whole.
    ['Officials said 12 of the victims were foreign nationals.', [['12', 'deaths']]],
    // A restatement of the toll before it.
    [
      'The toll is at least 61, the minister said, adding that the first estimates were 75 and that the number would be cut to 61.',
      [
        ['at least 61', 'deaths'],
        ['75', 'deaths'],
        ['61', 'deaths'],
      ],
    ],
    // "to B from A": both are values of the same toll.
    [
      'Officials lowered the toll to 19 from 22 on Monday.',
      [
        ['19', 'deaths'],
        ['22', 'deaths'],
      ],
    ],
    // A label before a colon.
    ['The ministry posted "Total victims: 48" on its website.', [['48', 'deaths']]],
    // Coordinated figures share the cue that trails them both.
    [
      'The governor said three men and four women had died of their wounds.',
      [
        ['three men', 'deaths'],
        ['four women', 'deaths'],
      ],
    ],
    [
      'The minister lowered from 61 to 58 the number of deaths in the two bombings.',
      [
        ['61', 'deaths'],
        ['58', 'deaths'],
      ],
    ],
    // A short aside in brackets does not cut the clause.
    [
      'The number of deaths in the raids by the Liberation Front (LF) on the port rose to 27.',
      [['27', 'deaths']],
    ],
  ])('%s', (text, expected) => {
    const found = brief(text)
      .filter((s) => s.type === 'casualty')
      .map((s) => [s.quote.replace(/\s+(people|wounded people)$/u, ''), s.measure]);
    expect(found).toEqual(expected);
  });
});

describe('a part of a whole is marked as a part', () => {
  it.each([
    ['The bombing killed 60 people; 25 of the dead were policemen.', '25', /part.*policemen/],
    ['Some 80 were wounded, nine of whom are in intensive care.', 'nine', /intensive care/],
    ['The attack killed 31 people, including 11 children.', '11 children', /children.*part/],
    // The whole may be named well before "including", even without a figure of its own.
    [
      'Most of the dead were tourists, police said, including two Danes.',
      'two Danes',
      /Danes.*part/,
    ],
    ['Five people died at once and three more died later.', 'three', /died later/],
    ['Rescuers said 14 unidentified bodies lay in the morgue.', '14', /unidentified/],
    // The injured who died are the dead, those who died later.
    ['The toll reached 19 after three of the wounded died in the night.', 'three', /died later/],
    // A hospital that says where they lie leaves the state after it theirs.
    [
      "Doctors said 12 people in the city's hospitals were in critical condition.",
      '12 people',
      /critical/,
    ],
    [
      'Eight patients under treatment at Lincoln hospitals remain critical.',
      'Eight patients',
      /critical/,
    ],
    [
      'Officials said 40 people were treated in hospitals, some critically.',
      '40 people',
      /hospitalised/,
    ],
    ['Of 60 wounded, 9 were gravely hurt and 20 seriously.', '9', /critical/],
  ])('%s: %s is a part (%s)', (text, quote, subject) => {
    const found = brief(text).find((s) => s.quote === quote);
    expect(found?.subject).toMatch(subject);
  });
});

describe('things counted are never a toll or an arrest count', () => {
  it.each([
    ['Four men were detained, while at least 12 more houses were searched.', 'at least 12'],
    ['The attack killed 3 people and destroyed 20 vehicles.', '20 vehicles'],
  ])('%s', (text, quote) => {
    expect(brief(text).find((s) => s.quote === quote)).toMatchObject({ measure: 'other' });
  });
});

describe('the verb after a count of people says who they are', () => {
  it.each([
    ['Six men are thought to have carried out the bombings.', 'Six men', 'other', /attackers/],
    ['Police named four people wanted over the shooting.', 'four people', 'other', /wanted/],
    ['Two men who staged the assault were killed by police.', 'Two men', 'deaths', /attackers/],
  ])('%s', (text, quote, measure, subject) => {
    const found = brief(text).find((s) => s.quote === quote);
    expect(found?.measure).toBe(measure);
    expect(found?.subject).toMatch(subject);
  });

  it('keeps the dead of an attack someone carried out the dead', () => {
    expect(brief('Twelve people were killed in the attacks carried out by the group.')).toEqual([
      { type: 'casualty', measure: 'deaths', quote: 'Twelve people' },
    ]);
  });
});

describe("a crowd's size is a count of those present, never a toll", () => {
  it.each([
    [
      'Dozens were hurt at the rally, which thousands of people had attended.',
      'thousands of people',
    ],
    [
      'About 500 pilgrims had gathered at the shrine when the bomb exploded, killing 9.',
      'About 500 pilgrims',
    ],
    ['Some 2,000 fans were present; 14 died in the crush.', 'Some 2,000 fans'],
  ])('%s', (text, quote) => {
    const found = brief(text).find((s) => s.quote === quote);
    expect(found).toMatchObject({ type: 'count', measure: 'other' });
    expect(found?.subject).toMatch(/^present/);
  });

  it('leaves the toll beside it a toll', () => {
    expect(brief('Some 2,000 fans were present; 14 died in the crush.')[1]).toMatchObject({
      measure: 'deaths',
      quote: '14',
    });
  });
});

describe("a later clause about some of the dead is not the figure's state", () => {
  it.each([
    'At least 30 people were killed, some still unidentified.',
    'The blast killed 19 people and the names of several remain unidentified.',
  ])('%s', (text) => {
    expect(brief(text)[0]?.subject).toBeUndefined();
  });
});

describe('a change names the old and the new figure, both of one toll', () => {
  it.each([
    ['Officials cut the death toll from 61 to 48 on Friday.', ['61', '48']],
    ['The ministry raised the toll from 12 to 19 people.', ['12', '19 people']],
    ['Police first put the death toll at 30, before doctors revised it to 26.', ['30', '26']],
  ])('%s', (text, quotes) => {
    const found = brief(text);
    expect(found.map((s) => s.quote)).toEqual(quotes);
    expect(found.every((s) => s.measure === 'deaths')).toBe(true);
  });
});

describe('a toll noun before a bare figure names its measure', () => {
  it.each([
    ['Officials brought the total down from 88 to 71.', ['deaths', 'deaths']],
    ['A total of 12 suspects were arrested.', ['arrests']],
  ])('%s', (text, measures) => {
    expect(brief(text).map((s) => s.measure)).toEqual(measures);
  });
});
