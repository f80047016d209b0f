import { describe as describeSpan } from '../../../core/anchoring/describe';
import type { Claim } from '../../../core/model/claim';
import { contentHash } from '../../../core/model/hash';
import { createProject, type Project } from '../../../core/model/project';

/** A small source text and a project with two sources and three claims on them. */
export const TEXT_A =
  'Gunmen attacked Crocus City Hall near Moscow on 22 March. The attack killed at least 143 people, officials said, and injured more than 500.';
export const TEXT_B = 'Russian authorities said 139 people died in the attack on the concert hall.';

export const NOW = '2024-04-01T10:00:00.000Z';

/** A claim on the first occurrence of `quote` in `text`, with the fixtures' defaults. */
export function claimOn(
  text: string,
  sourceId: string,
  quote: string,
  fields: Partial<Claim> & { id: string },
): Claim {
  const start = text.indexOf(quote);
  return {
    type: 'casualty',
    tags: [],
    target: describeSpan(text, start, start + quote.length, sourceId, contentHash(text)),
    event: 'Crocus City Hall attack',
    measure: 'deaths',
    value: null,
    attributedTo: '',
    note: '',
    created: NOW,
    modified: NOW,
    ...fields,
  };
}

export function sampleProject(): Project {
  const base = createProject({ id: 'p1', name: 'Crocus', now: NOW });
  return {
    ...base,
    sources: [
      {
        id: 'a',
        title: 'Article A',
        path: 'corpus/a.md',
        contentHash: contentHash(TEXT_A),
        metadata: {
          title: 'Article A',
          capture: 'web-page',
          language: 'en',
          published: '2024-03-23',
        },
      },
      {
        id: 'b',
        title: 'Article B',
        contentHash: contentHash(TEXT_B),
        metadata: { title: 'Article B', capture: 'plain-text', language: 'en', published: null },
      },
    ],
    claims: [
      claimOn(TEXT_A, 'a', 'at least 143', {
        id: 'c1',
        tags: ['toll'],
        value: {
          kind: 'figure',
          figure: {
            low: 143,
            high: null,
            lowInclusive: true,
            highInclusive: false,
            approximate: false,
            value: 143,
            kind: 'lower-bound',
          },
        },
        attributedTo: 'officials',
        credibility: 2,
      }),
      claimOn(TEXT_A, 'a', 'more than 500', {
        id: 'c2',
        measure: 'injured',
        subject: 'concert-goers',
        value: {
          kind: 'figure',
          figure: {
            low: 500,
            high: null,
            lowInclusive: false,
            highInclusive: false,
            approximate: false,
            value: 500,
          },
        },
        note: 'early figure',
      }),
      claimOn(TEXT_B, 'b', 'Russian authorities', {
        id: 'c3',
        type: 'attribution',
        measure: 'responsibility',
        value: { kind: 'text', text: 'Russian authorities' },
        attributedTarget: 'ISKP',
      }),
    ],
    dismissedSuggestions: ['a:casualty:10-20'],
    groupDecisions: [{ kind: 'link', claimIds: ['c1', 'c3'] }],
    customTags: ['toll'],
  };
}
