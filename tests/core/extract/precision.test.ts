import { describe, expect, it } from 'vitest';
import { figureSpan } from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract/index';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';
import type { FoundFigure } from '../../../core/quantity/figure';

function source(text: string, meta: Record<string, string> = {}): Source {
  const lines = Object.entries(meta).map(([key, value]) => `${key}: '${value}'`);
  const front = lines.length > 0 ? `---\n${lines.join('\n')}\n---\n` : '';
  const parsed = parseSourceFile({ id: 't', content: `${front}${text}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const suggest = (text: string, meta: Record<string, string> = {}) =>
  extractSuggestions(source(text, meta));

describe('a date is an event date only when it dates the event', () => {
  it.each<[string, string[]]>([
    // Positive: the date modifies the event.
    ['It was the March 22 assault, which killed 5 people.', ['--03-22']],
    ['The attack on March 22 killed 5 people.', ['--03-22']],
    ['On September 5, a suicide bomber killed two staffers.', ['--09-05']],
    ['In May 2022, ISKP launched an offensive against Tajikistan.', ['2022-05']],
    ['For example, in April 2022, ISKP launched a barrage of rockets.', ['2022-04']],
    ['A militant was killed in March 2024 in the Karabulak area.', ['2024-03']],
    ['In 2022, seven individuals from the North Caucasus were arrested.', ['2022']],
    ['Gunmen opened fire on the evening of March 22, 2024.', ['2024-03-22']],
    ['The March 22, 2024 attack on the hall killed 145 people.', ['2024-03-22']],
    // Negative: publication, reporting, warning, period bounds.
    ['The magazine, published in June 2024, praised the attack.', []],
    ['The attack killed 145 people, according to the toll published in June.', []],
    ['ISKP has carried out cross-border attacks at least since 2020.', []],
    ['Since 2018, several attacks have been linked to the group.', []],
    ['Attacks on the region continued until 2024.', []],
    ['In the April issue, ISKP praised the attack.', []],
    ['In February 2023, the group reminded supporters of the Soviet invasion.', []],
    ['Officials said they had warned Moscow in early March about an attack.', []],
  ])('%s -> %j', (text, expected) => {
    const dates = suggest(text)
      .filter((s) => s.type === 'date')
      .map((s) => (s.value?.kind === 'date' ? s.value.date : ''));
    expect(dates).toEqual(expected);
  });
});

describe('who a figure counts, with nationality acronyms and initialisms', () => {
  it.each<[string, string, string | undefined]>([
    ['The blast killed 13 US service members.', '13 US service members', 'US service members'],
    ['The blast killed 13 U.S. troops.', '13 U.S. troops', 'U.S. troops'],
    ['The blast killed 13 American soldiers.', '13 American soldiers', 'American soldiers'],
    ['At least 18 UN staff were wounded.', 'At least 18 UN staff', 'UN staff'],
    // Negative: a lower-case pronoun is no subject.
    ['The attack killed 5 of us.', '5', undefined],
  ])('%s -> %j (subject %j)', (text, quote, subject) => {
    const [first] = suggest(text).filter((s) => s.type === 'casualty');
    expect(first?.quote).toBe(quote);
    expect(first?.subject).toBe(subject);
  });
});

describe('speakers are noun phrases', () => {
  it.each<[string, string]>([
    [
      'The attack killed 145 people, according to the final toll published by the authorities.',
      'authorities',
    ],
    ['According to a report by Reuters, 5 people died.', 'Reuters'],
    ['According to local officials, 5 people died.', 'local officials'],
    ['Russian officials nevertheless said 5 people died.', 'Russian officials'],
    ['Russian officials nonetheless said 5 people died.', 'Russian officials'],
    ['Russian officials, however, said 5 people died.', 'Russian officials'],
    ['The attack killed 5 people.', ''],
  ])('%s -> %j', (text, speaker) => {
    const [first] = suggest(text).filter((s) => s.type === 'casualty');
    expect(first?.attributedTo).toBe(speaker);
  });

  it.each<[string, Array<[string, string | undefined]>]>([
    [
      'Russian officials nonetheless blamed Ukraine for the attack.',
      [['Russian officials', 'Ukraine']],
    ],
    [
      'Russian officials nevertheless blamed Ukraine for the attack.',
      [['Russian officials', 'Ukraine']],
    ],
  ])('%s', (text, expected) => {
    const found = suggest(text)
      .filter((s) => s.type === 'attribution')
      .map((s) => [s.attributedTo, s.attributedTarget]);
    expect(found).toEqual(expected);
  });
});

describe('place cues', () => {
  it.each<[string, string, string]>([
    [
      'The attack on Uzbekistan failed. In May 2022, ISKP fired rockets into Tajikistan.',
      '2022-05',
      'Tajikistan',
    ],
    [
      'ISKP fired Katyusha rockets at the Uzbek city of Termez in April 2022, the first such attack on Uzbekistan.',
      '2022-04',
      'Uzbek city of Termez',
    ],
    [
      'In April 2022, ISKP launched a barrage of Katyusha rockets against the Uzbek city of Termez.',
      '2022-04',
      'barrage of Katyusha rockets against the Uzbek city of Termez',
    ],
    [
      'Gunmen opened fire on concertgoers at Crocus City Hall on March 22, 2024.',
      '2024-03-22',
      'Gunmen opened fire on concertgoers at Crocus City Hall',
    ],
  ])('%s -> date %s has cue %j', (text, date, cue) => {
    const found = suggest(text).find((s) => s.value?.kind === 'date' && s.value.date === date);
    expect(found?.eventCue).toBe(cue);
  });

  it.each<[string, string]>([
    // Negative: no event verb before the place, or the sentence refers back to "the shooting".
    [
      'The attack in Moscow shocked Russia. Police in Paris said 5 people died.',
      'attack in Moscow',
    ],
    [
      'The attack in Moscow killed many. Four suspects were detained in the Bryansk region after the shooting.',
      'attack in Moscow',
    ],
    // Positive: a new event ("a terrorist attack") arrested in its own place.
    [
      'The attack in Moscow killed many. Three men were arrested in Belgium for plotting a terrorist attack.',
      'Belgium',
    ],
  ])('%s -> last figure cue %j', (text, cue) => {
    const figures = suggest(text).filter((s) => s.value?.kind === 'figure');
    expect(figures[figures.length - 1]?.eventCue).toBe(cue);
  });
});

describe('headlines that restate the body', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'Gunmen kill 133 at a concert near Moscow\n\nThe attack killed 133 people, officials said.',
      { title: 'Gunmen kill 133 at a concert near Moscow' },
      ['133 people'],
    ],
    [
      'Blast kills two diplomats\n\nThe bombing at the embassy killed two staffers.',
      { title: 'Blast kills two diplomats' },
      ['two staffers'],
    ],
    // A figure only the headline gives is kept.
    [
      'Blast kills 12 in Kabul\n\nThe bombing at the embassy wounded 30 people.',
      { title: 'Blast kills 12 in Kabul' },
      ['12', '30 people'],
    ],
    // A different toll in the body: the headline stays, so the source shows both.
    [
      'Gunmen kill 133 at a concert\n\nThe attack killed 140 people.',
      { title: 'Gunmen kill 133 at a concert' },
      ['133', '140 people'],
    ],
    // A first line that is not the title (nor a heading) is an ordinary paragraph.
    [
      'Gunmen kill 133\n\nThe attack killed 133 people.',
      { title: 'Moscow concert attack' },
      ['133', '133 people'],
    ],
  ])('%j', (text, meta, quotes) => {
    const found = suggest(text, meta).filter((s) => s.value?.kind === 'figure');
    expect(found.map((s) => s.quote)).toEqual(quotes);
  });
});

describe('figure values keep the found figure', () => {
  it('carries text and absolute offsets, so compare quotes the figure without re-finding it', () => {
    const src = source(
      'The attack killed at least 143 people and wounded approximately 80 others.',
    );
    const figures = extractSuggestions(src).flatMap((s) =>
      s.value?.kind === 'figure' ? [{ s, f: s.value.figure as FoundFigure }] : [],
    );
    expect(figures.map(({ f }) => [f.text, f.unit])).toEqual([
      ['at least 143', 'people'],
      ['approximately 80', 'others'],
    ]);
    for (const { s, f } of figures) {
      expect(src.text.slice(f.start, f.end)).toBe(f.text);
      expect(figureSpan(f, s.quote, s.start)?.text).toBe(f.text);
    }
  });

  it('falls back to finding the figure in the quote when the stored offsets are stale', () => {
    const stale: FoundFigure = {
      low: 143,
      high: null,
      lowInclusive: true,
      highInclusive: false,
      approximate: false,
      text: 'at least 143',
      start: 5,
      end: 17,
    };
    expect(figureSpan(stale, 'at least 143 people', 500)).toEqual({
      text: 'at least 143',
      start: 500,
      end: 512,
      unit: 'people',
    });
  });
});
