import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan } from '../../../core/anchoring';
import { MAX_DIFF_EDITS } from '../../../core/anchoring/bounded-diff';
import { reanchorByDrift } from '../../../core/anchoring/near-anchor';
import { changedLinesAtLeast, reanchorAll } from '../../../core/anchoring/reanchor';

/** Paragraphs of my own, numbered so each is distinct and a claim's context is unique. */
const PARAGRAPHS = Array.from(
  { length: 2 * MAX_DIFF_EDITS + 40 },
  (_, i) => `Report ${i}: the river crossing at mile ${i} saw ${i % 50} vehicles delayed by fog.`,
);
const OLD = PARAGRAPHS.join('\n\n');
const QUOTES = [
  `mile 3 saw`,
  `Report 250:`,
  `mile 501 saw 1 vehicles`,
  `Report ${2 * MAX_DIFF_EDITS + 39}:`,
];
const TARGETS = QUOTES.map((q) => {
  const start = OLD.indexOf(q);
  return describeSpan(OLD, start, start + q.length, 's', 'h');
});

/** Every other paragraph rewritten (about half the text changes), as a heavy revision does. */
const HALF = PARAGRAPHS.map((p, i) => (i % 2 ? `${p} Updated at noon.` : p)).join('\n\n');

describe('re-anchoring a heavy revision (drift path)', () => {
  it('is taken when the texts differ in more lines than the diff may find', () => {
    expect(changedLinesAtLeast(OLD, HALF)).toBeGreaterThan(MAX_DIFF_EDITS);
    expect(changedLinesAtLeast(OLD, OLD.replace('mile 3 saw', 'mile 3 had'))).toBe(2);
  });

  it.each([
    ['half the paragraphs extended', HALF],
    ['a long preface added, then half extended', `${'Preface line.\n\n'.repeat(300)}${HALF}`],
    [
      'a figure changed inside a claim',
      HALF.replace('mile 501 saw 1 vehicles', 'mile 501 saw 7 vehicles'),
    ],
    ['a quoted paragraph removed', HALF.replace(/Report 250:[^\n]*\n\n/, '')],
  ])('gives the same answers as anchoring each claim (%s)', (_name, revised) => {
    const fast = reanchorAll(OLD, revised, TARGETS);
    expect(fast).toEqual(reanchorByDrift(revised, TARGETS));
    const slow = TARGETS.map((target) => anchor(revised, target));
    expect(fast.map((r) => r.status)).toEqual(slow.map((r) => r.status));
    fast.forEach((result, i) => {
      const other = slow[i]!;
      if (result.status !== 'orphan' && other.status !== 'orphan')
        expect([result.start, result.end]).toEqual([other.start, other.end]);
    });
  });
});
