import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan, reanchorAll } from '../../../core/anchoring';
import { cameFrom, type Segment } from '../../../core/anchoring/segments';

/** Four paragraphs of my own; the third is one sentence, tagged whole as a claim. */
const LAST_KEPT = 'The flood left at least 212 families homeless, the council said.';
const PARAGRAPHS = [
  'Floodwater reached the lower town on Tuesday morning.',
  `${LAST_KEPT} Volunteers handed out blankets through the night.`,
  'The minister promised a relief fund for every farm in the province.',
  'Schools in the lower town will reopen next month.',
];
const OLD = PARAGRAPHS.join('\n\n');
const QUOTE = PARAGRAPHS[2]!;
const TARGET = describeSpan(OLD, OLD.indexOf(QUOTE), OLD.indexOf(QUOTE) + QUOTE.length, 's', 'h');

/** The claim's paragraph deleted, each time with some other edit around it. */
const DELETED: ReadonlyArray<readonly [string, string[]]> = [
  [
    'and the previous paragraph lost its last sentence (issue 15)',
    [PARAGRAPHS[0]!, LAST_KEPT, PARAGRAPHS[3]!],
  ],
  ['alone', [PARAGRAPHS[0]!, PARAGRAPHS[1]!, PARAGRAPHS[3]!]],
  [
    'and the next paragraph lost its first words',
    [PARAGRAPHS[0]!, PARAGRAPHS[1]!, 'In the lower town schools will reopen next month.'],
  ],
  ['with everything after it', [PARAGRAPHS[0]!, PARAGRAPHS[1]!]],
  ['with everything before it', [PARAGRAPHS[3]!]],
];

describe('a claim whose paragraph was deleted', () => {
  it.each(DELETED)('is an orphan with a reason when deleted %s', (_name, paragraphs) => {
    const revised = paragraphs.join('\n\n');
    for (const result of [reanchorAll(OLD, revised, [TARGET])[0]!, anchor(revised, TARGET)]) {
      expect(result.status).toBe('orphan');
      if (result.status === 'orphan') expect(result.reason).toContain('The minister promised');
    }
  });

  it('still reports a changed figure inside a paragraph that stayed', () => {
    const quote = 'at least 212 families';
    const start = OLD.indexOf(quote);
    const target = describeSpan(OLD, start, start + quote.length, 's', 'h');
    const revised = OLD.replace(quote, 'at least 230 families');
    for (const result of [reanchorAll(OLD, revised, [target])[0]!, anchor(revised, target)]) {
      expect(result).toMatchObject({ status: 'changed', newQuote: 'at least 230 families' });
    }
  });
});

/** old "ab|cdef|gh" -> new "ab|XY|gh": common, a hunk replacing old [2, 6), common. */
const SEGMENTS: Segment[] = [
  { oldStart: 0, oldEnd: 2, newStart: 0, newEnd: 2, common: true },
  { oldStart: 2, oldEnd: 6, newStart: 2, newEnd: 4, common: false },
  { oldStart: 6, oldEnd: 8, newStart: 4, newEnd: 6, common: true },
];

describe('cameFrom', () => {
  it.each([
    ['the replacement of a hunk inside the old span', [2, 4], [3, 5], true],
    ['the replacement of a hunk touching the old span at its edge', [2, 4], [6, 7], true],
    ['moved text from inside the old span', [0, 2], [0, 2], true],
    ['moved text from outside the old span', [0, 2], [3, 5], false],
    ['a replacement plus kept text from outside', [2, 5], [2, 6], false],
    ['a hunk nowhere near the old span', [2, 4], [7, 8], false],
  ] as const)('%s: %s', (_name, [newStart, newEnd], [oldStart, oldEnd], expected) => {
    expect(cameFrom(SEGMENTS, newStart, newEnd, oldStart, oldEnd)).toBe(expected);
  });
});
