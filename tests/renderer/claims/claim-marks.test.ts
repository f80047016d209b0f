import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../core/io/source-file';
import { describe as describeSpan } from '../../../core/anchoring/describe';
import type { Claim } from '../../../core/model/claim';
import { placeClaims } from '../../../renderer/claims/anchored-claims';
import { claimMarks } from '../../../renderer/claims/claim-marks';

const parsed = parseSourceFile({
  id: 'harbour',
  content: '---\ntitle: harbour\n---\nThe storm flooded 40 homes near the harbour on Sunday.',
});
if (!parsed.ok) throw new Error(parsed.error);
const harbour = parsed.value;
const NOW = '2026-11-23T10:00:00.000Z';

function claimOn(words: string, id: string): Claim {
  const start = harbour.text.indexOf(words);
  return {
    id,
    type: 'count',
    tags: [],
    target: describeSpan(
      harbour.text,
      start,
      start + words.length,
      harbour.id,
      harbour.contentHash,
    ),
    event: '',
    measure: 'homes',
    value: null,
    attributedTo: '',
    note: '',
    created: NOW,
    modified: NOW,
  };
}

const placement = placeClaims(harbour, [claimOn('40 homes', 'h1'), claimOn('The storm', 'h2')]);

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
