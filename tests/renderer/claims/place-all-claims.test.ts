import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../core/model/claim';
import type { Source } from '../../../core/model/source';
import { placeAllClaims, placeClaims } from '../../../renderer/claims/anchored-claims';
import { claimOn, source } from './claim-fixtures';

const harbour = source('harbour', 'The storm flooded 40 homes near the harbour on Sunday.');
const valley = source('valley', 'Rescuers reached 12 families cut off in the valley.');
const revised = source(
  'harbour',
  'The storm flooded at least 55 homes near the harbour on Sunday.',
);

const homes = claimOn(harbour, '40 homes', 'h1');
const storm = claimOn(harbour, 'The storm', 'h2');
const families = claimOn(valley, '12 families', 'v1');

describe('placeAllClaims', () => {
  it.each<[string, Source[], Claim[]]>([
    ['claims of two sources, interleaved', [harbour, valley], [homes, families, storm]],
    ['a source with no claims', [valley, harbour], [homes]],
    ['a claim whose source is not shown', [valley], [homes, families]],
    ['a revised text (the figure changed)', [revised, valley], [homes, storm, families]],
    ['no claims at all', [harbour, valley], []],
  ])('%s: what placeClaims gives each source', (_name, sources, claims) => {
    const all = placeAllClaims(sources, claims);
    expect([...all.keys()]).toEqual(sources.map((item) => item.id));
    for (const item of sources) expect(all.get(item.id)).toEqual(placeClaims(item, claims));
  });

  it('keeps the placement of a source whose claims did not change, and redoes the other', () => {
    const before = placeAllClaims([harbour, valley], [homes, families]);
    const after = placeAllClaims([harbour, valley], [homes, families, storm]);
    expect(after.get('valley')).toBe(before.get('valley'));
    expect(after.get('harbour')).not.toBe(before.get('harbour'));
    expect(after.get('harbour')?.placed.map((placed) => placed.claim.id)).toEqual(['h1', 'h2']);
  });

  it('keeps the placement object of each unchanged claim, and places a claim again on a new text', () => {
    const before = placeClaims(harbour, [homes, storm]);
    const edited = { ...storm, note: 'checked' };
    const after = placeClaims(harbour, [homes, edited]);
    expect(after.placed[0]).toBe(before.placed[0]);
    expect(after.placed[1]).not.toBe(before.placed[1]);
    expect(after.placed[1]).toEqual({ ...before.placed[1], claim: edited });
    const onRevision = placeClaims(revised, [homes]);
    expect(onRevision.placed[0]).not.toBe(before.placed[0]);
    expect(onRevision.placed[0]?.changed).toEqual({
      oldQuote: '40 homes',
      newQuote: 'at least 55 homes',
    });
  });
});
