import { describe, expect, it } from 'vitest';
import { buildGazetteerInSlices, defaultGazetteer } from '../../../core/places/load';

describe('the gazetteer built in slices', () => {
  it('pauses between slices and ends as the one gazetteer both hosts share', async () => {
    let pauses = 0;
    const sliced = await buildGazetteerInSlices(() => {
      pauses += 1;
      return Promise.resolve();
    });
    // 150,000 cities in slices of 5,000: about thirty pauses, never one long block of work.
    expect(pauses).toBeGreaterThan(20);
    expect(defaultGazetteer()).toBe(sliced);
    for (const [name, id] of [
      ['Kerman', 'IR/08/Kerman'],
      ['Krasnogorsk', 'RU/MOS/Krasnogorsk'],
      ['Pakistan', 'PK'],
    ] as const)
      expect(sliced.lookup(name).map((place) => place.id)).toContain(id);
  });
});
