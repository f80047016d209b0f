import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../../core/compare';
import { eventClasses, eventSignature } from '../../../core/compare/event-classes';
import { F, item, type ItemSpec } from './helpers';

const harbour = { cue: 'the Port Vell harbour blast', date: '2031-05-04' };

describe('eventClasses: claims of one bucket with the same event are one class', () => {
  it.each<[string, ItemSpec[], boolean, number[], [number, number][]]>([
    [
      'the same cue and date make one class',
      [
        { source: 'a', ...harbour, figure: F.exact(12) },
        { source: 'b', ...harbour, figure: F.exact(14) },
      ],
      false,
      [0],
      [[1, 0]],
    ],
    [
      'another date is another class',
      [
        { source: 'a', ...harbour, figure: F.exact(12) },
        { source: 'b', cue: harbour.cue, date: '2031-05-05', figure: F.exact(14) },
      ],
      false,
      [0, 1],
      [],
    ],
    [
      'an item a manual decision names stays on its own',
      [
        { source: 'a', ...harbour, figure: F.exact(12) },
        { source: 'b', ...harbour, figure: F.exact(14) },
      ],
      true,
      [0, 1],
      [],
    ],
    [
      'items naming no event, place or date never form a class',
      [
        { source: 'a', cue: 'the attack', figure: F.exact(12) },
        { source: 'b', cue: 'the attack', figure: F.exact(14) },
      ],
      false,
      [0, 1],
      [],
    ],
  ])('%s', (_name, specs, secondDecided, leaders, followers) => {
    const items = specs.map(item);
    const decided = new Set(secondDecided ? [items[1]!.id] : []);
    const classes = eventClasses([0, 1], items, decided);
    expect(classes.leaders).toEqual(leaders);
    expect(classes.followers).toEqual(followers);
  });

  it('signatures differ when only a venue differs', () => {
    const [a, b] = [
      { source: 'a', cue: 'the Port Vell harbour blast', figure: F.exact(1) },
      { source: 'b', cue: 'the Port Vell station blast', figure: F.exact(1) },
    ].map(item);
    expect(eventSignature(a!)).not.toBe(eventSignature(b!));
  });

  it('a class joins the group its first member joins', () => {
    const groups = groupClaims(
      [
        { source: 'a', at: 10, ...harbour, figure: F.exact(12) },
        { source: 'b', at: 10, cue: 'the Port Vell blast', figure: F.exact(13) },
        { source: 'c', at: 10, ...harbour, figure: F.exact(14) },
        { source: 'd', at: 10, ...harbour, figure: F.exact(15) },
      ].map(item),
    );
    expect(groups.map((group) => group.items.length)).toEqual([4]);
  });
});
