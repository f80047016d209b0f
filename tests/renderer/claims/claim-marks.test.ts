import { describe, expect, it } from 'vitest';
import { placeClaims } from '../../../renderer/claims/anchored-claims';
import { claimMarks } from '../../../renderer/claims/claim-marks';
import { claimOn, source } from './claim-fixtures';

const harbour = source('harbour', 'The storm flooded 40 homes near the harbour on Sunday.');
const placement = placeClaims(harbour, [
  claimOn(harbour, '40 homes', 'h1'),
  claimOn(harbour, 'The storm', 'h2'),
]);

describe('claimMarks keeps the mark of a claim drawn the same way', () => {
  it.each<[string, () => ReturnType<typeof claimMarks>, [boolean, boolean]]>([
    ['nothing changed', () => claimMarks(placement, null), [true, true]],
    ['the first claim selected', () => claimMarks(placement, 'h1'), [false, true]],
    [
      'the second claim flagged',
      () => claimMarks(placement, null, new Map([['h2', 'conflict']])),
      [true, false],
    ],
  ])('%s', (_name, again, same) => {
    const before = claimMarks(placement, null);
    const marks = again();
    expect(marks.map((mark, index) => mark === before[index])).toEqual(same);
  });

  it('a new mark says what changed', () => {
    const [selected] = claimMarks(placement, 'h1');
    expect(selected?.attrs.class).toContain('selected');
    const [, flagged] = claimMarks(placement, null, new Map([['h2', 'conflict']]));
    expect(flagged?.attrs.title).toContain('flagged: conflict');
  });
});
