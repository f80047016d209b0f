import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag } from '../../../core/language/tags';

describe('canonicalLanguageTag', () => {
  it.each([
    ['en', 'en'],
    ['FA-af', 'fa-AF'],
    ['  ru  ', 'ru'],
    ['prs', 'fa-AF'],
    ['pbu', 'ps'],
    ['ku-arab', 'ku-Arab'],
    ['und', 'und'],
    ['farsi!', null],
    ['e', null],
    ['en--GB', null],
    ['', null],
    ['   ', null],
  ])('%j -> %j', (text, expected) => {
    expect(canonicalLanguageTag(text)).toBe(expected);
  });
});
