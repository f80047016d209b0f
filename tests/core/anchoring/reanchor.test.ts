import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan, reanchorAll } from '../../../core/anchoring';

const PARAGRAPHS = [
  'Gunmen attacked Crocus City Hall near Moscow on 22 March.',
  'The attack killed at least 143 people, officials said on Sunday.',
  'Another 80 were injured and 12 remain missing, the ministry said.',
  'Four suspects were detained in the Bryansk region the next day.',
];
const OLD = PARAGRAPHS.join('\n\n');
const QUOTES = [
  'Crocus City Hall',
  'at least 143 people',
  '80',
  '12 remain missing',
  'Four suspects',
];
const TARGETS = QUOTES.map((q) => {
  const start = OLD.indexOf(q);
  return describeSpan(OLD, start, start + q.length, 's', 'h');
});

describe('reanchorAll', () => {
  it.each([
    ['no change', OLD],
    ['paragraph inserted at the top', `Breaking news.\n\n${OLD}`],
    ['figure changed in one paragraph', OLD.replace('143', '150')],
    ['paragraph deleted', OLD.replace(`${PARAGRAPHS[2]}\n\n`, '')],
    [
      'paragraphs swapped',
      [PARAGRAPHS[3], PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]].join('\n\n'),
    ],
    ['edit right after a quote', OLD.replace('12 remain missing', '12 remain missingx')],
    ['text entirely replaced', 'Nothing here matches any of the claims at all.'],
  ])('gives the same answers as anchoring each claim (%s)', (_name, revised) => {
    const fast = reanchorAll(OLD, revised, TARGETS);
    const slow = TARGETS.map((t) => anchor(revised, t));
    expect(fast.map((r) => r.status)).toEqual(slow.map((r) => r.status));
    fast.forEach((result, i) => {
      const other = slow[i]!;
      if (result.status !== 'orphan' && other.status !== 'orphan') {
        expect([result.start, result.end]).toEqual([other.start, other.end]);
      }
    });
  });

  it('flags the changed figure and keeps the others anchored on their words', () => {
    const revised = `Update.\n\n${OLD.replace('143', '150')}`;
    const results = reanchorAll(OLD, revised, TARGETS);
    expect(results[1]).toMatchObject({ status: 'changed', newQuote: 'at least 150 people' });
    results.forEach((result, i) => {
      if (i !== 1 && result.status === 'anchored') {
        expect(revised.slice(result.start, result.end)).toBe(QUOTES[i]);
      }
    });
    expect(results.filter((r) => r.status === 'anchored')).toHaveLength(4);
  });

  it('re-anchors 1,000 claims on a revised 1 MB text, all found', () => {
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(
      ' ',
    );
    let seed = 1;
    const next = () => {
      seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
      return seed / 2147483647;
    };
    const paragraphs: string[] = [];
    let length = 0;
    while (length < 1_048_576) {
      const p =
        Array.from({ length: 60 }, () => words[Math.floor(next() * words.length)]!).join(' ') +
        ` ${paragraphs.length}.`;
      paragraphs.push(p);
      length += p.length + 2;
    }
    const old = paragraphs.join('\n\n');
    const targets = Array.from({ length: 1000 }, () => {
      const start = Math.floor(next() * (old.length - 50));
      return describeSpan(old, start, start + 20, 's', 'h');
    });
    const revised = `New first paragraph.\n\n${old.slice(0, 500_000)}an inserted sentence. ${old.slice(500_000)}`;
    const results = reanchorAll(old, revised, targets);
    const wrong = results.filter(
      (r, i) =>
        r.status !== 'anchored' || revised.slice(r.start, r.end) !== targets[i]!.quote.exact,
    );
    expect(wrong.length).toBeLessThanOrEqual(1); // one claim may straddle the inserted sentence
  });
});
