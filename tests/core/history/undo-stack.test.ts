import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from '../../../core/history/undo-stack';

type Step = 'a' | 'b' | 'c' | 'undo' | 'redo';

/** Runs steps on a history of strings ("a" commits the state "a", labelled "set a"). */
function run(steps: readonly Step[], depth?: number): History<string> {
  let history = createHistory('start', depth);
  for (const step of steps) {
    if (step === 'undo') history = undo(history);
    else if (step === 'redo') history = redo(history);
    else history = commit(history, step, `set ${step}`);
  }
  return history;
}

describe('undo history', () => {
  it.each([
    [[], 'start', false, false, null, null],
    [['a'], 'a', true, false, 'set a', null],
    [['a', 'b', 'undo'], 'a', true, true, 'set a', 'set b'],
    [['a', 'b', 'undo', 'undo'], 'start', false, true, null, 'set a'],
    [['a', 'b', 'undo', 'undo', 'undo'], 'start', false, true, null, 'set a'],
    [['a', 'b', 'undo', 'undo', 'redo'], 'a', true, true, 'set a', 'set b'],
    [['a', 'b', 'undo', 'redo', 'redo'], 'b', true, false, 'set b', null],
    [['a', 'b', 'undo', 'c'], 'c', true, false, 'set c', null],
    [['a', 'b', 'undo', 'c', 'undo', 'undo'], 'start', false, true, null, 'set a'],
    [['a', 'a'], 'a', true, false, 'set a', null],
  ] as const)('%j -> present %s', (steps, present, undoable, redoable, undoName, redoName) => {
    const history = run(steps);
    expect(history.present).toBe(present);
    expect(canUndo(history)).toBe(undoable);
    expect(canRedo(history)).toBe(redoable);
    expect(undoLabel(history)).toBe(undoName);
    expect(redoLabel(history)).toBe(redoName);
  });

  it('committing the same object is not a step', () => {
    const history = run(['a']);
    expect(commit(history, history.present, 'nothing')).toBe(history);
  });

  it('keeps at most `depth` steps, forgetting the oldest', () => {
    let history = createHistory(0, 500);
    for (let i = 1; i <= 600; i += 1) history = commit(history, i, `step ${i}`);
    expect(history.past).toHaveLength(500);
    while (canUndo(history)) history = undo(history);
    expect(history.present).toBe(100);
    expect(history.future).toHaveLength(500);
  });

  it('does not mutate earlier histories', () => {
    const first = run(['a', 'b']);
    const snapshot = JSON.stringify(first);
    undo(first);
    commit(first, 'c', 'set c');
    expect(JSON.stringify(first)).toBe(snapshot);
  });
});
