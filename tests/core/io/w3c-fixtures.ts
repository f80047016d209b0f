import { contentHash } from '../../../core/model/hash';
import type { Project } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { claimOn, NOW, sampleProject, TEXT_A, TEXT_B } from './fixtures';

/** A text with astral characters (emoji, a Gothic letter) before the quoted figures. */
export const TEXT_C =
  'Update 😀 from the 𐌰 desk: "about 150" people died, the ministry said; others say 139-145, and one post said "=HYPERLINK(1)".';

const fig = (
  low: number | null,
  high: number | null,
  li: boolean,
  hi: boolean,
  approx = false,
) => ({
  low,
  high,
  lowInclusive: li,
  highInclusive: hi,
  approximate: approx,
});

/**
 * The sample project plus a third source with astral characters, an approximate figure, a
 * range, a UUID claim id, a date value, odd timestamps, every optional field, and text made to
 * trip CSV and HTML ("=", quotes, commas, newlines, <script>).
 */
export function richProject(): Project {
  const base = sampleProject();
  return {
    ...base,
    // Without the sample's c1-c3 link, the figures form their own group and conflict.
    groupDecisions: [],
    sources: [
      ...base.sources,
      {
        id: 'c',
        title: 'Café "Zeitung", Köln',
        path: 'corpus/c.md',
        contentHash: contentHash(TEXT_C),
        metadata: {
          title: 'Café "Zeitung", Köln',
          capture: 'web-page',
          language: 'de',
          published: '2024-06-30',
          url: 'https://example.org/zeitung?a=1&b=2',
          reliability: 'C',
        },
      },
    ],
    claims: [
      ...base.claims,
      claimOn(TEXT_C, 'c', 'about 150', {
        id: '0F8FAD5B-D9CB-469F-A165-70867728950E',
        value: {
          kind: 'figure',
          figure: { ...fig(135, 165, true, true, true), value: 150, kind: 'approximate' },
        },
        tags: ['toll', 'needs, check', '=SUM(A1)'],
        note: 'Line one\nline "two", with <script>alert(1)</script>',
        attributedTo: 'the ministry',
        credibility: 3,
        subject: '',
        created: 'yesterday',
      }),
      claimOn(TEXT_C, 'c', '139-145', {
        id: 'c5',
        value: { kind: 'figure', figure: fig(139, 145, true, true) },
        attributedTo: '-others',
        attributedTarget: '',
        revision: { status: 'changed', oldQuote: '139-143', newQuote: '139-145', at: NOW },
      }),
      claimOn(TEXT_C, 'c', '=HYPERLINK(1)', {
        id: 'c6',
        type: 'date',
        measure: 'date',
        event: '@event',
        value: { kind: 'date', date: '2024-03', text: 'March' },
        modified: '2024-04-01T12:00:00+02:00',
      }),
      claimOn(TEXT_B, 'b', '139', {
        id: 'c7',
        value: { kind: 'figure', figure: fig(139, 139, true, true) },
      }),
      claimOn(TEXT_B, 'b', 'people died', {
        id: 'c9',
        measure: 'injured',
        subject: 'concert-goers',
        value: { kind: 'figure', figure: fig(520, 520, true, true) },
      }),
      claimOn(TEXT_A, 'a', 'Gunmen', {
        id: 'c8',
        type: 'count',
        measure: 'deaths',
        value: { kind: 'figure', figure: fig(null, 100, false, false) },
        attributedTo: 'rumour',
      }),
    ],
  };
}

/** The loaded texts of {@link richProject}'s sources. */
export function richSources(): Source[] {
  const project = richProject();
  const texts: Record<string, string> = { a: TEXT_A, b: TEXT_B, c: TEXT_C };
  return project.sources.map((ref) => ({
    id: ref.id,
    metadata: ref.metadata,
    text: texts[ref.id]!,
    blocks: [{ kind: 'paragraph' as const, start: 0, end: texts[ref.id]!.length }],
    contentHash: ref.contentHash,
  }));
}
