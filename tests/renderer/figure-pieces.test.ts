import { describe, expect, it } from 'vitest';
import { figurePieces } from '../../renderer/claims/figure-pieces';

// A claim holds one value: a selection over two figures is offered as one claim per figure.
const pieces = (text: string) => figurePieces(text, 0, text.length).map((piece) => piece.quote);

describe('figurePieces', () => {
  it.each<[string, string[]]>([
    ['14 firefighters. and 210 residents', ['14 firefighters.', '210 residents']],
    [
      'at least 31 pupils, 4 teachers and 2 drivers',
      ['at least 31 pupils', '4 teachers', '2 drivers'],
    ],
    ['9 boats or 12 rafts', ['9 boats', '12 rafts']],
    ['at least 8 hikers and rescued 3 others', ['at least 8 hikers', 'rescued 3 others']],
    ['5 cars; 2 vans', ['5 cars', '2 vans']],
    ['between 70 and 90 sheep', []],
    ['at least 31 pupils', []],
    ['no figure here', []],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('gives offsets into the source text, so each piece anchors where it was read', () => {
    const text = 'The storm hurt 14 firefighters. and 210 residents fled.';
    const start = text.indexOf('14');
    const end = text.indexOf(' fled');
    const found = figurePieces(text, start, end);
    expect(found.map((piece) => text.slice(piece.start, piece.end))).toEqual([
      '14 firefighters.',
      '210 residents',
    ]);
    expect(found.map((piece) => piece.figure)).toEqual(['14', '210']);
  });
});
