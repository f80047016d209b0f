import { describe, expect, it } from 'vitest';
import {
  addColumn,
  chooseColumn,
  initialColumns,
  keepKnown,
  removeColumn,
  showSources,
} from '../../renderer/workspace/columns';

const all = ['a', 'b', 'c', 'd'];

describe('pane columns', () => {
  it.each([
    ['initial: the first two', initialColumns(all), ['a', 'b']],
    ['initial: a single source', initialColumns(['a']), ['a']],
    ['choose a hidden source', chooseColumn(['a', 'b'], 1, 'c'), ['a', 'c']],
    ['choose a shown source swaps', chooseColumn(['a', 'b'], 0, 'b'), ['b', 'a']],
    ['add the first hidden', addColumn(['a', 'b'], all), ['a', 'b', 'c']],
    ['add when all are shown', addColumn(['a', 'b'], ['a', 'b']), ['a', 'b']],
    ['remove a pane', removeColumn(['a', 'b', 'c'], 1), ['a', 'c']],
    ['keep the last pane', removeColumn(['a'], 0), ['a']],
    ['show two hidden sources', showSources(['a', 'b'], ['c', 'd']), ['d', 'c']],
    ['show one, keep the other wanted in place', showSources(['a', 'b'], ['a', 'c']), ['a', 'c']],
    ['show already shown', showSources(['a', 'b'], ['b']), ['a', 'b']],
    ['show more than the panes', showSources(['a'], ['b', 'c']), ['b', 'c']],
    ['drop unknown ids', keepKnown(['a', 'x'], all), ['a']],
    ['fall back when none is known', keepKnown(['x'], all), ['a', 'b']],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
