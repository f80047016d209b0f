import { describe, expect, it } from 'vitest';
import { deriveGroups } from '../../../core/compare/derive';
import { venueKinds, venuePartOf } from '../../../core/compare/venue-parts';
import { extractSuggestions } from '../../../core/extract';
import { parseSourceFile } from '../../../core/io/source-file';
import { createProject } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { defaultGazetteer } from '../../../core/places/load';

describe('the kinds of venue a text names', () => {
  it.each<[string, string[]]>([
    ['bombs at the airport terminal and on the underground railway', ['airport', 'metro']],
    ['a blast in a metro station and on a train', ['metro']],
    ['attacks on three churches and three hotels', ['church', 'hotel']],
    // An institution's people are not a site: "members of parliament" died at the hotel.
    ['gunmen stormed a hotel; the dead included two members of parliament', ['hotel']],
    ['a bomb at a market killed the head of the embassy', ['market']],
    // Where victims went and who speaks are not sites.
    ['taken to hospital, the foreign ministry said', []],
  ])('%s -> %j', (text, kinds) => {
    expect([...venueKinds(text)].sort()).toEqual(kinds);
  });
});

describe('the one site a figure counts at', () => {
  const text =
    'Bombs hit the airport and the metro. Eleven died at the airport. In all 30 died at the airport and in the metro.';
  it.each<[string, readonly string[], string | undefined]>([
    ['Eleven', ['airport', 'metro'], 'airport'],
    ['30', ['airport', 'metro'], undefined],
    // A single-site attack has no sites to tell apart.
    ['Eleven', ['airport'], undefined],
  ])('%s with a lede naming %j -> %s', (word, kinds, site) => {
    const start = text.indexOf(word);
    expect(venuePartOf(text, start, start + word.length, kinds)).toBe(site);
  });
});

function source(id: string, title: string, body: string): Source {
  const content = `---\ntitle: ${JSON.stringify(title)}\npublished: 2025-05-03\n---\n${body}`;
  const parsed = parseSourceFile({ id, content });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('sub-counts by site in an attack on several sites', () => {
  it('keeps the toll at one site apart from the toll in all, and the totals together', () => {
    const first = source(
      'a',
      'Blasts at Lyon airport and metro kill 25',
      [
        'At least 25 people were killed on Friday by bombs at the Lyon airport and in its metro, officials said.',
        'Nine people were killed when a bomb struck the check-in area of the airport.',
      ].join('\n\n'),
    );
    const second = source(
      'b',
      'Lyon bombings: toll at 25',
      'Bombs at Lyon airport and on a metro train killed at least 25 people on Friday.',
    );
    const project = createProject({ id: 'p', name: 'p', now: new Date(0).toISOString() });
    const suggestions = [first, second].flatMap((s) => extractSuggestions(s));
    const groups = deriveGroups(project, {
      sources: [first, second],
      suggestions,
      gazetteer: defaultGazetteer(),
    }).fromSuggestions.filter((group) => group.measure === 'deaths');
    const quotes = groups.map((group) => group.items.map((item) => item.quote).sort());
    expect(quotes).toContainEqual(['At least 25 people', 'at least 25 people']);
    expect(quotes).toContainEqual(['Nine people']);
    const site = groups.find((group) => group.items.some((item) => item.quote === 'Nine people'));
    expect(site?.items[0]?.venuePart).toBe('airport');
  });
});
