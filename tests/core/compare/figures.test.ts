import { describe, expect, it } from 'vitest';
import { compareFigures, describeInterval, verdictForFigures } from '../../../core/compare';
import { F } from './helpers';

describe('verdictForFigures', () => {
  it.each([
    ['143 vs 143', F.exact(143), F.exact(143), 'agree', '143'],
    ['at least 143 vs more than 130', F.atLeast(143), F.moreThan(130), 'compatible', '>= 143'],
    [
      'more than 130 vs at least 143 (order does not matter)',
      F.moreThan(130),
      F.atLeast(143),
      'compatible',
      '>= 143',
    ],
    ['13 vs 170', F.exact(13), F.exact(170), 'conflict', undefined],
    [
      'more than 130 vs 130 (open end excludes 130)',
      F.moreThan(130),
      F.exact(130),
      'conflict',
      undefined,
    ],
    ['at least 130 vs 130 (closed end meets)', F.atLeast(130), F.exact(130), 'compatible', '130'],
    ['at least 143 vs 145', F.atLeast(143), F.exact(145), 'compatible', '145'],
    ['at least 143 vs 133', F.atLeast(143), F.exact(133), 'conflict', undefined],
    ['up to 40 vs fewer than 40', F.upTo(40), F.fewerThan(40), 'compatible', '< 40'],
    ['fewer than 40 vs 40', F.fewerThan(40), F.exact(40), 'conflict', undefined],
    ['up to 40 vs 40', F.upTo(40), F.exact(40), 'compatible', '40'],
    [
      'fewer than 300 vs more than 299',
      F.fewerThan(300),
      F.moreThan(299),
      'compatible',
      '(299, 300)',
    ],
    ['between 70 and 90 vs 80', F.between(70, 90), F.exact(80), 'compatible', '80'],
    [
      'between 70 and 90 vs between 85 and 100',
      F.between(70, 90),
      F.between(85, 100),
      'compatible',
      '85-90',
    ],
    ['between 70 and 90 vs 91', F.between(70, 90), F.exact(91), 'conflict', undefined],
    ['about 80 (banded) vs 85', F.about(80), F.exact(85), 'compatible', '85'],
    ['about 80 (banded) vs 100', F.about(80), F.exact(100), 'conflict', undefined],
    ['about 80 vs about 80', F.about(80), F.about(80), 'agree', '72-88'],
    ['about 80 (point, band drawn here) vs 86', F.aboutPoint(80), F.exact(86), 'compatible', '86'],
    ['about 80 (point) vs 95', F.aboutPoint(80), F.exact(95), 'conflict', undefined],
    ['nearly 150 vs 150 (just under)', F.nearly(150), F.exact(150), 'conflict', undefined],
    ['nearly 150 vs 145', F.nearly(150), F.exact(145), 'compatible', '145'],
    ['dozens vs 30', F.vague(24), F.exact(30), 'compatible', '30'],
    ['dozens vs 12', F.vague(24), F.exact(12), 'conflict', undefined],
    ['hundreds vs dozens', F.vague(200), F.vague(24), 'compatible', '>= 200'],
    [
      'approximately 80 wounded vs more than 100',
      F.about(80),
      F.moreThan(100),
      'conflict',
      undefined,
    ],
  ] as const)('%s -> %s', (_name, a, b, verdict, overlap) => {
    const result = verdictForFigures(a, b);
    expect(result.verdict).toBe(verdict);
    expect(result.overlap ? describeInterval(result.overlap) : undefined).toBe(overlap);
  });
});

describe('compareFigures over a group', () => {
  it.each([
    ['all equal', [F.exact(13), F.exact(13), F.exact(13)], 'agree', '13'],
    [
      'all overlap',
      [F.atLeast(143), F.moreThan(130), F.between(140, 150)],
      'compatible',
      '143-150',
    ],
    ['one pair disjoint', [F.atLeast(143), F.moreThan(130), F.exact(133)], 'conflict', undefined],
    ['bounds only', [F.moreThan(130), F.fewerThan(150), F.upTo(140)], 'compatible', '(130, 140]'],
    ['a single figure agrees with itself', [F.exact(2)], 'agree', '2'],
  ] as const)('%s -> %s', (_name, figures, verdict, overlap) => {
    const result = compareFigures(figures);
    expect(result.verdict).toBe(verdict);
    expect(result.overlap ? describeInterval(result.overlap) : undefined).toBe(overlap);
  });
});
