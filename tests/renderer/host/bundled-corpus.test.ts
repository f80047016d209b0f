import { describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../core/language/load-detector';
import { listBundledCorpus } from '../../../renderer/host/bundled-corpus';

const STATED =
  '---\ntitle: Harbour notes\nlanguage: fr\n---\nThe harbour reopened on Monday morning.';
const UNSTATED =
  '---\ntitle: Station report\n---\nПоезд прибыл на станцию с опозданием на два часа, потому что ночью шёл сильный снег.';

describe('listBundledCorpus', () => {
  it.each<[string, Record<string, string>, string[], number]>([
    ['every file states its language: the detector is never loaded', { 'a.md': STATED }, ['fr'], 0],
    [
      'a file without one: the detector is loaded once and reads its text',
      { 'a.md': STATED, 'b.md': UNSTATED },
      ['fr', 'ru'],
      1,
    ],
  ])('%s', async (_, files, languages, loads) => {
    let loaded = 0;
    const listing = await listBundledCorpus(files, () => {
      loaded += 1;
      return loadLanguageDetector();
    });
    expect(listing.sources.map((source) => source.metadata.language)).toEqual(languages);
    expect(loaded).toBe(loads);
  });
});
