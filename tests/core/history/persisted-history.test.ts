import { describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../../core/model/project';
import { restoreHistory, serializeHistory } from '../../../core/history/persisted-history';
import { commit, createHistory, undo, type History } from '../../../core/history/undo-stack';

const renamed = (project: Project, name: string, modified: string): Project => ({
  ...project,
  name,
  modified,
});

/** Three named steps, then one undone: two states to undo, one to redo. */
function threeSteps(): History<Project> {
  const first = createProject({ id: 'p', name: 'Harbour', now: '2025-02-01T08:00:00.000Z' });
  let history = createHistory(first);
  history = commit(history, renamed(first, 'Harbour notes', '2025-02-01T08:01:00.000Z'), 'Rename');
  history = commit(
    history,
    renamed(history.present, 'Harbour report', '2025-02-01T08:02:00.000Z'),
    'Rename again',
  );
  history = commit(
    history,
    renamed(history.present, 'Harbour final', '2025-02-01T08:03:00.000Z'),
    'Rename last',
  );
  return undo(history);
}

describe('serializeHistory', () => {
  it('restores the same undo and redo steps onto the same present', () => {
    const history = threeSteps();
    const restored = restoreHistory(serializeHistory(history), history.present);
    expect(restored.past.map((entry) => [entry.label, entry.state.name])).toEqual(
      history.past.map((entry) => [entry.label, entry.state.name]),
    );
    expect(restored.future.map((entry) => entry.state.name)).toEqual(['Harbour final']);
  });

  it.each<[string, (history: History<Project>) => History<Project>, string[]]>([
    ['unchanged, the same states', (history) => history, ['Harbour', 'Harbour notes']],
    [
      'after a new step, the new past state too',
      (history) =>
        commit(history, renamed(history.present, 'Harbour two', '2025-02-01T08:04:00.000Z'), 'R'),
      ['Harbour', 'Harbour notes', 'Harbour report'],
    ],
  ])('written again (%s) it says what the history now holds', (_, next, pastNames) => {
    const history = threeSteps();
    serializeHistory(history);
    const later = next(history);
    const restored = restoreHistory(serializeHistory(later), later.present);
    expect(restored.past.map((entry) => entry.state.name)).toEqual(pastNames);
  });

  it.each<[string, (history: History<Project>) => History<Project>, number]>([
    ['undo and redo steps', (history) => history, 8_000_000],
    [
      'labels with quotes, slashes and other scripts',
      (history) => ({
        ...history,
        past: history.past.map((entry, i) => ({
          ...entry,
          label: ['Tag “143”', 'Path C:\\notes\n"x"', 'Правка'][i % 3]!,
        })),
      }),
      8_000_000,
    ],
    ['nothing to undo', (history) => createHistory(history.present), 8_000_000],
    ['a budget that keeps no state', (history) => history, 10],
  ])('is the text JSON.stringify writes for what it stores: %s', (_, shape, budget) => {
    const history = shape(threeSteps());
    const text = serializeHistory(history, budget);
    const stored = JSON.parse(text) as {
      format: string;
      past: { label: string; state: string }[];
      future: { label: string; state: string }[];
    };
    // Canonical: what JSON.stringify would write for the parsed value, byte for byte.
    expect(JSON.stringify(stored)).toBe(text);
    expect(Object.keys(stored)).toEqual(['format', 'version', 'present', 'past', 'future']);
    const kept = budget > 10 ? history.past.length : 0;
    expect(stored.past.map((entry) => entry.label)).toEqual(
      history.past.slice(history.past.length - kept).map((entry) => entry.label),
    );
    for (const entry of [...stored.past, ...stored.future])
      expect(Object.keys(entry)).toEqual(['label', 'state']);
  });
});
