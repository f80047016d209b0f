import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { parseSourceFile } from '../../core/io/source-file';
import { buildSourceDoc } from '../../renderer/editor/positions';
import {
  claimLayer,
  highlightSteps,
  highlightsPlugin,
  setHighlights,
  type Highlight,
} from '../../renderer/editor/highlights-plugin';

const parsed = parseSourceFile({
  id: 's',
  content: 'One two three four five six seven eight nine ten.\nEleven twelve thirteen.',
});
if (!parsed.ok) throw new Error(parsed.error);
const { doc } = buildSourceDoc(parsed.value);

const h = (id: string, from: number, to: number, cls = 'claim'): Highlight => ({
  id,
  from,
  to,
  attrs: { class: cls },
});

function drawn(state: EditorState): string[] {
  const set = claimLayer.getState(state)!.set;
  return set
    .find()
    .map(
      (d: Decoration) =>
        `${(d.spec as { id: string }).id}@${d.from}-${d.to}:${(d as unknown as { type: { attrs: { class: string } } }).type.attrs.class}`,
    )
    .sort();
}

function apply(steps: Highlight[][]): EditorState {
  let state = EditorState.create({ doc, plugins: [highlightsPlugin(claimLayer)] });
  for (const step of steps) state = state.apply(setHighlights(state, claimLayer, step));
  return state;
}

const many = Array.from({ length: 10 }, (_, i) => h(`c${i}`, 1 + i * 4, 4 + i * 4));

describe('claim highlight layer', () => {
  it.each<[string, Highlight[][]]>([
    ['first draw', [many]],
    [
      'one highlight selected (attrs change)',
      [many, many.map((x) => (x.id === 'c3' ? { ...x, attrs: { class: 'claim selected' } } : x))],
    ],
    ['one removed', [many, many.filter((x) => x.id !== 'c5')]],
    ['one added', [many, [...many, h('new', 55, 60)]]],
    ['one moved', [many, many.map((x) => (x.id === 'c1' ? h('c1', 30, 34) : x))]],
    ['everything replaced', [many, [h('x', 2, 9), h('y', 10, 12)]]],
    ['cleared', [many, []]],
    ['out-of-range and empty ranges are skipped', [[h('far', 5, 9999), h('empty', 7, 7)]]],
  ])('%s: the incremental result equals a fresh draw', (_name, steps) => {
    const incremental = apply(steps);
    const fresh = apply([steps.at(-1)!]);
    expect(drawn(incremental)).toEqual(drawn(fresh));
  });

  it.each<[string, Highlight[]]>([
    ['several highlights', many],
    ['none', []],
  ])('drawn at creation (%s): the same as set after it', (_name, highlights) => {
    const atCreation = EditorState.create({
      doc,
      plugins: [highlightsPlugin(claimLayer, highlights)],
    });
    expect(drawn(atCreation)).toEqual(drawn(apply([highlights])));
  });
});

describe('highlightSteps', () => {
  const many = (count: number, cls = 'claim') =>
    Array.from({ length: count }, (_, index) =>
      h(`c${index}`, 1 + (index % 40), 2 + (index % 40), cls),
    );
  const byId = (list: readonly Highlight[]) => new Map(list.map((item) => [item.id, item]));
  const changesBetween = (before: readonly Highlight[], after: readonly Highlight[]) => {
    const was = byId(before);
    const now = byId(after);
    const ids = new Set([...was.keys(), ...now.keys()]);
    return [...ids].filter((id) => JSON.stringify(was.get(id)) !== JSON.stringify(now.get(id)))
      .length;
  };

  it.each<[string, Highlight[], Highlight[], number]>([
    ['nothing drawn, a few to draw', [], many(3), 1],
    ['one highlight changed among many', many(50), [...many(49), h('c49', 1, 9, 'selected')], 1],
    ['all drawn anew', [], many(25), 3],
    ['every one restyled', many(25), many(25, 'flag'), 3],
    ['all removed', many(25), [], 3],
  ])('%s: steps of at most 10 changes, ending on the new list', (_name, before, next, count) => {
    const steps = highlightSteps(byId(before), next, 10);
    expect(steps).toHaveLength(count);
    expect(steps.at(-1)).toEqual(next);
    let previous: readonly Highlight[] = before;
    for (const step of steps) {
      expect(changesBetween(previous, step)).toBeLessThanOrEqual(10);
      previous = step;
    }
  });

  it('drawn step by step, the layer ends as if drawn at once', () => {
    const before = many(25);
    const next = [...many(10, 'flag'), ...many(25).slice(15)];
    let state = apply([before]);
    for (const step of highlightSteps(byId(before), next, 4))
      state = state.apply(setHighlights(state, claimLayer, [...step]));
    expect(drawn(state)).toEqual(drawn(apply([next])));
  });
});
