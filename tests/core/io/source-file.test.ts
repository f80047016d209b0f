import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { splitFrontMatter } from '../../../core/io/front-matter';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../core/model/hash';
import { guessLayout, looksBinary, parseSourceFile } from '../../../core/io/source-file';

const corpusDir = join(import.meta.dirname, '..', '..', '..', 'corpus');

describe('parseSourceFile', () => {
  it.each([
    [
      'no front matter: title from the first line',
      'Headline here\n\nBody text.',
      { title: 'Headline here', titleAssigned: true },
    ],
    [
      'front matter metadata',
      '---\ntitle: T\npublisher: P\npublished: 2024-06-30\n---\nBody.',
      { title: 'T', publisher: 'P', published: '2024-06-30' },
    ],
    [
      'partial dates are kept',
      '---\ntitle: T\npublished: 2024-03\n---\nBody.',
      { published: '2024-03' },
    ],
    ['language defaults to English', 'Body.', { language: 'en', capture: 'plain-text' }],
  ])('%s', (_name, content, expected) => {
    const result = parseSourceFile({ id: 'x', content });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.metadata).toMatchObject(expected);
  });

  it.each([
    ['binary content', 'abc\u0000def', /binary file/],
    ['unclosed front matter', '---\ntitle: T\nBody', /never closed/],
    ['malformed YAML', '---\ntitle: [oops\n---\nBody', /not valid YAML/],
    ['front matter that is a list', '---\n- a\n- b\n---\nBody', /mapping/],
    ['an invalid date', '---\npublished: yesterday\n---\nBody', /"published" is invalid/],
    ['an invalid reliability grade', '---\nreliability: Z\n---\nBody', /"reliability" is invalid/],
    ['an empty body', '---\ntitle: T\n---\n\n  \n', /no text/],
  ])('rejects %s with a readable error', (_name, content, message) => {
    const result = parseSourceFile({ id: 'x', content });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('hashes the canonical text', () => {
    const result = parseSourceFile({ id: 'x', content: 'a\u00a0b' });
    expect(result.ok && result.value.contentHash).toBe(contentHash('a b'));
    expect(contentHash('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('layout and binary guesses', () => {
  it.each([
    ['short wrapped lines', 'one two\nthree four\nfive six\n\nseven\neight\nnine', 'hard-wrapped'],
    [
      'one long line per paragraph',
      `${'word '.repeat(60)}\n\n${'more '.repeat(60)}`,
      'line-per-paragraph',
    ],
  ])('%s', (_name, body, expected) => {
    expect(guessLayout(body)).toBe(expected);
  });

  it.each([
    ['plain text', 'Hello, world.', false],
    ['a NUL byte', 'PK\u0003\u0004\u0000', true],
    ['many replacement characters', '\ufffd'.repeat(50) + 'abc', true],
  ])('%s looks binary: %s', (_name, content, expected) => {
    expect(looksBinary(content)).toBe(expected);
  });
});

describe('the shipped corpus', () => {
  const files = readdirSync(corpusDir).filter((file) => file.endsWith('.md'));

  it('ships both seed articles', () => {
    expect(files.sort()).toEqual(['000_16df6a53eee4503d.md', '003_94a029406cfc69e9.md']);
  });

  // SHA-256 of the seed captures in shared/seeds, as delivered: the body after the front matter
  // must be these exact bytes, so the article wording is provably untouched.
  const SEED_SHA256: Record<string, string> = {
    '000_16df6a53eee4503d.md': '410da0bcafa3e78783e0c68e6ad4392c0bb1ac51a2d4707efe619fb2d2191aa7',
    '003_94a029406cfc69e9.md': '4150cfcf6c3398ecc70825c05104b9b94b3531e6d0f64264b8b6a7d6bba30750',
  };

  it.each(files)('%s: the body is the seed capture byte for byte', (file) => {
    const content = readFileSync(join(corpusDir, file), 'utf8');
    const split = splitFrontMatter(content);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(createHash('sha256').update(split.value.body, 'utf8').digest('hex')).toBe(
      SEED_SHA256[file],
    );
  });

  it.each(files)(
    '%s loads, and its canonical text keeps the words of the capture in order',
    (file) => {
      const content = readFileSync(join(corpusDir, file), 'utf8');
      const result = parseSourceFile({ id: file, content });
      const split = splitFrontMatter(content);
      expect(result.ok && split.ok).toBe(true);
      if (!result.ok || !split.ok) return;
      // Only layout changes: the capture's words, in order, contain the canonical text's words once
      // hard wraps after a hyphen or dash are undone (page chrome is left out at the ends).
      const words = (text: string) =>
        text
          .replace(/([-—–])[ \t]*\n\s*/g, '$1')
          .split(/\s+/)
          .filter(Boolean);
      expect(words(split.value.body).join(' ')).toContain(words(result.value.text).join(' '));
      expect(result.value.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    },
  );
});
