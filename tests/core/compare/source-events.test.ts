import { describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare/derive';
import { mainEventOf, mainEvents, reportWindow } from '../../../core/compare/source-events';
import { extractSuggestions } from '../../../core/extract';
import { parseSourceFile } from '../../../core/io/source-file';
import { createProject } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { defaultGazetteer } from '../../../core/places/load';

const gazetteer = defaultGazetteer();

function source(id: string, title: string, published: string | null, body: string): Source {
  const front = [
    `title: ${JSON.stringify(title)}`,
    ...(published ? [`published: ${published}`] : []),
  ].join('\n');
  const parsed = parseSourceFile({ id, content: `---\n${front}\n---\n${body}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('the window a report dates its event in', () => {
  it.each([
    ['2024-01-04', '2023-07-08/2024-01-04'],
    ['2023-07', '2023-02-01/2023-07-31'],
    [null, undefined],
    ['sometime', undefined],
  ])('published %s -> %s', (published, window) => {
    expect(reportWindow(published)).toBe(window);
  });
});

describe("a source's main event comes from its headline and lede", () => {
  it.each([
    [
      'Blast at a market in Quetta kills nine',
      'A bomb went off in a crowded market in Quetta on Friday.',
      ['quetta'],
      ['PK'],
    ],
    [
      'Toll rises after the stadium attack',
      'Gunmen stormed the stadium in Lyon, France, late on Saturday.',
      ['lyon'],
      ['FR'],
    ],
    [
      // Deck lines under the headline do not use up the lede: the prose after them is read.
      'Toll reaches 40 as the city mourns',
      [
        'Search goes on through the night.',
        'Dozens still in hospital.',
        'Flags fly at half mast.',
        'MULTAN: The number of people killed in the bombing of a bus station in Multan rose to 40 on Wednesday, officials said.',
      ].join('\n\n'),
      ['multan'],
      ['PK'],
    ],
  ])('%s', (title, lede, names, countries) => {
    const main = mainEventOf(source('s', title, '2025-05-03', lede), gazetteer);
    expect(main?.key.names).toEqual(expect.arrayContaining(names));
    expect(main?.key.places?.countries).toEqual(countries);
  });
});

/** Which quotes share a group when the sources are compared as the CLI compares them. */
function groupedQuotes(sources: Source[]): string[][] {
  const project = createProject({ id: 'p', name: 'p', now: new Date(0).toISOString() });
  const suggestions = sources.flatMap((s) => extractSuggestions(s));
  return deriveGroups(project, { sources, suggestions, gazetteer })
    .fromSuggestions.filter((group) => group.type === 'casualty')
    .map((group) => group.items.map((item) => item.quote).sort());
}

describe('figures are about their source’s main event, across outlets', () => {
  it('a toll with no place of its own joins another outlet’s toll for the same bombing', () => {
    const first = source(
      'wire',
      'Bombing at a Quetta market',
      '2025-05-03',
      'A bomb tore through a market in Quetta, Pakistan, on Friday.\n\nThe toll has since risen to 31 people, officials said.',
    );
    const second = source(
      'paper',
      'Pakistan market blast: toll climbs',
      '2025-05-04',
      'The number of people killed in the Quetta market bombing rose to 35 on Saturday.',
    );
    expect(groupedQuotes([first, second])).toEqual([['31 people', '35']]);
  });

  it('the same toll in two countries stays two facts', () => {
    const first = source(
      'a',
      'Market bombing in Quetta',
      '2025-05-03',
      'A bomb killed 12 people at a market in Quetta, Pakistan.',
    );
    const second = source(
      'b',
      'Market bombing in Mosul',
      '2025-05-03',
      'A bomb killed 12 people at a market in Mosul, Iraq.',
    );
    expect(groupedQuotes([first, second])).toHaveLength(2);
  });

  it('two cities of one country, both naming the country, stay two events', () => {
    const first = source(
      'a',
      'Bombing in Multan, Pakistan',
      '2025-05-03',
      'A bomb killed 12 people at a market in Multan, Pakistan, officials in Pakistan said.',
    );
    const second = source(
      'b',
      'Bombing in Lahore, Pakistan',
      '2025-05-03',
      'A bomb killed 15 people at a market in Lahore, Pakistan, officials in Pakistan said.',
    );
    expect(groupedQuotes([first, second])).toHaveLength(2);
  });

  it('a dateline names where the report was filed, not where the event was', () => {
    const first = source(
      'a',
      'Metro blast kills 9',
      '2025-05-03',
      'ISTANBUL (Wire) — A bomb killed 9 people in the metro of Ankara, Turkey, on Friday.',
    );
    const second = source(
      'b',
      'Tram bombing in Istanbul',
      '2025-05-03',
      'A bomb killed 4 people on a tram in Istanbul, Turkey, on Friday.',
    );
    expect(groupedQuotes([first, second])).toHaveLength(2);
  });

  it('an earlier attack told in the background keeps its own date', () => {
    const report = source(
      'r',
      'Quetta market bombing kills 12',
      '2025-05-03',
      'A bomb killed 12 people at a market in Quetta on Friday.\n\nIn March 2021 a blast at the same market in Quetta killed 12 people.',
    );
    const other = source(
      'o',
      'Quetta bombing toll',
      '2025-05-04',
      'Officials said 14 people died in the Quetta market blast.',
    );
    const groups = groupedQuotes([report, other]);
    expect(groups.some((quotes) => quotes.length === 3)).toBe(false);
  });
});

describe('main events are remembered per text and metadata', () => {
  it('gives the same answer again, and a new one when the headline changes', () => {
    const first = source('m', 'Blast at a market in Quetta', '2025-05-03', 'A bomb went off.');
    const again = mainEvents([first], gazetteer).get('m');
    expect(mainEvents([first], gazetteer).get('m')).toEqual(again);
    const retitled = {
      ...first,
      metadata: { ...first.metadata, title: 'Blast at a market in Mosul' },
    };
    expect(mainEvents([retitled], gazetteer).get('m')?.key.places?.countries).toEqual(['IQ']);
    expect(again?.key.places?.countries).toEqual(['PK']);
  });
});
