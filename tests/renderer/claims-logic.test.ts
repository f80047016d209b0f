import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../core/io/source-file';
import { createProject } from '../../core/model/project';
import { addClaim } from '../../core/model/claim-ops';
import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import { draftClaim } from '../../renderer/claims/new-claim';
import { placeClaims } from '../../renderer/claims/anchored-claims';
import {
  claimFromSuggestion,
  dismiss,
  pendingSuggestions,
} from '../../renderer/suggestions/pending';

function source(id: string, body: string): Source {
  const result = parseSourceFile({
    id,
    content: `---\ntitle: ${id}\nlayout: line-per-paragraph\n---\n${body}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const NOW = '2026-11-23T10:00:00.000Z';
const article = source(
  'a',
  'The gunmen killed at least 143 people and wounded approximately 80 others at Crocus City Hall on March 22.',
);

function tag(
  text: string,
  type: Parameters<typeof draftClaim>[0]['type'],
  measure: string,
  on = article,
) {
  const start = on.text.indexOf(text);
  return draftClaim({
    id: `c-${text}`,
    now: NOW,
    source: on,
    start,
    end: start + text.length,
    type,
    measure,
    suggestions: extractSuggestions(on),
  });
}

describe('draftClaim', () => {
  it.each([
    ['at least 143 people', 'casualty', 'deaths', { low: 143, high: null, lowInclusive: true }],
    ['approximately 80 others', 'casualty', 'injured', { approximate: true }],
  ] as const)('reads the figure of "%s"', (text, type, measure, figure) => {
    const claim = tag(text, type, measure);
    expect(claim.value).toMatchObject({ kind: 'figure', figure });
    expect(claim.target.quote.exact).toBe(text);
    expect(claim.target.contentHash).toBe(article.contentHash);
  });

  it('pre-fills the event from a suggestion on the same words', () => {
    expect(tag('at least 143 people', 'casualty', 'deaths').event).toMatch(/Crocus City Hall/);
  });

  it('leaves the value empty for a type that is not a figure', () => {
    expect(tag('Crocus City Hall', 'location', 'place').value).toBeNull();
  });
});

describe('placeClaims', () => {
  const claim = tag('at least 143 people', 'casualty', 'deaths');
  it.each([
    ['the same text', article, 'placed'],
    [
      'text inserted before',
      source(
        'a',
        'Update: officials spoke. The gunmen killed at least 143 people and wounded approximately 80 others at Crocus City Hall on March 22.',
      ),
      'placed',
    ],
    [
      'the figure revised',
      source(
        'a',
        'The gunmen killed at least 150 people and wounded approximately 80 others at Crocus City Hall on March 22.',
      ),
      'changed',
    ],
    [
      'the passage deleted',
      source('a', 'Nothing about that here at all, only other words entirely.'),
      'orphan',
    ],
  ])('on %s the claim is %s', (_name, text, expected) => {
    const placed = placeClaims(text, [claim]);
    const status = placed.orphans.length
      ? 'orphan'
      : placed.placed[0]?.changed
        ? 'changed'
        : 'placed';
    expect(status).toBe(expected);
    if (expected === 'placed')
      expect(text.text.slice(placed.placed[0]!.start, placed.placed[0]!.end)).toBe(
        'at least 143 people',
      );
  });

  it('ignores claims of other sources', () => {
    expect(placeClaims(source('b', 'Other.'), [claim])).toEqual({ placed: [], orphans: [] });
  });
});

describe('pending suggestions', () => {
  const suggestions = extractSuggestions(article);
  const empty = createProject({ id: 'p', name: 'P', now: NOW });

  it('offers every suggestion of an empty project', () => {
    expect(pendingSuggestions(suggestions, empty)).toHaveLength(suggestions.length);
    expect(suggestions.length).toBeGreaterThan(1);
  });

  it('drops a dismissed suggestion and remembers it once', () => {
    const first = suggestions[0]!;
    const once = dismiss(empty, [first.id], NOW);
    expect(dismiss(once, [first.id], NOW)).toBe(once);
    expect(pendingSuggestions(suggestions, once).map((s) => s.id)).not.toContain(first.id);
  });

  it('drops a suggestion once it is a claim, with every field carried over', () => {
    const death = suggestions.find((s) => s.measure === 'deaths')!;
    const claim = claimFromSuggestion(death, article, 'c1', NOW);
    expect(claim).toMatchObject({
      type: death.type,
      measure: 'deaths',
      event: death.eventCue,
      value: death.value,
    });
    expect(claim.target.quote.exact).toBe(death.quote);
    const withClaim = addClaim(empty, claim, NOW);
    expect(pendingSuggestions(suggestions, withClaim).map((s) => s.id)).not.toContain(death.id);
  });
});
