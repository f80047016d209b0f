import { describe, expect, it } from 'vitest';
import { createProject, type SourceRef } from '../../../core/model/project';
import type { SourceMetadata } from '../../../core/model/source';
import { updateSourceDetails } from '../../../core/model/source-ops';

const NOW = '2026-03-03T00:00:00.000Z';
const meta = (title: string, extra: Partial<SourceMetadata> = {}): SourceMetadata => ({
  title,
  capture: 'web-page',
  language: 'en',
  published: null,
  ...extra,
});
const ref = (id: string, title: string): SourceRef => ({
  id,
  title,
  contentHash: `hash-${id}`,
  metadata: meta(title),
});
const project = {
  ...createProject({ id: 'p', name: 'Sources', now: '2026-01-01T00:00:00.000Z' }),
  sources: [ref('one', 'First wire'), ref('two', 'Second wire')],
};

describe('updateSourceDetails', () => {
  it.each<[string, SourceMetadata]>([
    ['a new title', meta('Renamed wire')],
    ['a short name and publisher', meta('First wire', { shortName: 'Wire 1', publisher: 'Desk' })],
    ['a reliability grade', meta('First wire', { reliability: 'C' })],
  ])('records %s on that source only', (_, metadata) => {
    const next = updateSourceDetails(project, 'one', metadata, NOW);
    expect(next.sources[0]).toEqual({ ...project.sources[0], title: metadata.title, metadata });
    expect(next.sources[1]).toBe(project.sources[1]);
    expect(next.modified).toBe(NOW);
  });

  it.each([
    ['a right-to-left language, written canonically', 'FA-af', 'fa-AF'],
    ['Pashto', 'ps', 'ps'],
    ['a string that is not a tag keeps the current language', 'Dari!', 'en'],
  ])('records %s', (_, typed, stored) => {
    const next = updateSourceDetails(project, 'one', meta('First wire', { language: typed }), NOW);
    expect(next.sources[0]?.metadata.language).toBe(stored);
  });

  it('returns the same project for an unknown source, so nothing is recorded', () => {
    expect(updateSourceDetails(project, 'missing', meta('Ghost'), NOW)).toBe(project);
  });
});
