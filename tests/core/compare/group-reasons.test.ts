import { describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare/derive';
import { extractSuggestions } from '../../../core/extract';
import { parseSourceFile } from '../../../core/io/source-file';
import { createProject } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { defaultGazetteer } from '../../../core/places/load';

function source(id: string, title: string, published: string, body: string): Source {
  const content = `---\ntitle: ${JSON.stringify(title)}\npublished: ${published}\n---\n${body}`;
  const parsed = parseSourceFile({ id, content });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const sources = [
  source(
    'wire',
    'Market bombing in Multan kills 40',
    '2025-05-03',
    'A bomb tore through a crowded market in Multan, Pakistan, on Friday, killing 40 people.',
  ),
  source(
    'paper',
    'Multan market blast toll rises',
    '2025-05-04',
    'The toll from the bombing of the Multan market rose to 46, officials said.',
  ),
];

function deathsGroup(gazetteer = defaultGazetteer()) {
  const project = createProject({ id: 'p', name: 'p', now: new Date(0).toISOString() });
  const suggestions = sources.flatMap((s) => extractSuggestions(s));
  return deriveGroups(project, { sources, suggestions, gazetteer }).fromSuggestions.find(
    (group) => group.measure === 'deaths',
  );
}

describe('a group says why its claims share it', () => {
  it('names the measure, the population, the event, the place and the date window', () => {
    const group = deathsGroup();
    expect(group?.items.map((item) => item.quote).sort()).toEqual(['40 people', '46']);
    expect(group?.reasons).toEqual(
      expect.arrayContaining([
        'measure: deaths',
        'counted: everyone the measure counts',
        expect.stringMatching(/^event: .*multan/) as string,
        expect.stringMatching(/^place: Multan, Punjab, Pakistan$/) as string,
        expect.stringMatching(/^date: /) as string,
      ]),
    );
  });

  it('names a city that is its own region once', () => {
    const city = [
      source(
        'c',
        'Blast in Moscow kills 12',
        '2025-05-03',
        'A bomb killed 12 people in Moscow on Friday.',
      ),
      source(
        'd',
        'Moscow blast toll rises',
        '2025-05-04',
        'The toll from the blast in Moscow rose to 15.',
      ),
    ];
    const project = createProject({ id: 'p', name: 'p', now: new Date(0).toISOString() });
    const suggestions = city.flatMap((s) => extractSuggestions(s));
    const group = deriveGroups(project, {
      sources: city,
      suggestions,
      gazetteer: defaultGazetteer(),
    }).fromSuggestions.find((g) => g.measure === 'deaths');
    expect(group?.reasons).toContain('place: Moscow, Russia');
  });

  it('gives no reasons for a claim alone', () => {
    const project = createProject({ id: 'p', name: 'p', now: new Date(0).toISOString() });
    const [one] = sources;
    const suggestions = one ? extractSuggestions(one) : [];
    const groups = deriveGroups(project, { sources, suggestions }).fromSuggestions;
    expect(groups.every((group) => group.items.length > 1 || group.reasons.length === 0)).toBe(
      true,
    );
  });
});
