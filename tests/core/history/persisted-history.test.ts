import { describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../../core/model/project';
import {
  restoreHistory,
  serializeHistory,
  serializeHistoryPieces,
} from '../../../core/history/persisted-history';
import { serializeProject } from '../../../core/io/project-file';
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
  ])(
    'stores each kept step with its label and its state as project JSON: %s',
    (_, shape, budget) => {
      const history = shape(threeSteps());
      const text = serializeHistory(history, budget);
      // The pieces the web store hands its worker are the same bytes.
      expect(serializeHistoryPieces(history, budget).join('')).toBe(text);
      const stored = JSON.parse(text) as {
        format: string;
        past: { label: string; state: unknown }[];
        future: { label: string; state: unknown }[];
      };
      expect(Object.keys(stored)).toEqual(['format', 'version', 'present', 'past', 'future']);
      const kept = budget > 10 ? history.past.length : 0;
      const keptPast = history.past.slice(history.past.length - kept);
      expect(stored.past.map((entry) => entry.label)).toEqual(keptPast.map((entry) => entry.label));
      // Each state is the project's own JSON in place, not a string of it.
      expect(stored.past.map((entry) => entry.state)).toEqual(
        keptPast.map((entry) => JSON.parse(serializeProject(entry.state)) as unknown),
      );
      for (const entry of [...stored.past, ...stored.future])
        expect(Object.keys(entry)).toEqual(['label', 'state']);
    },
  );
});

describe('restoreHistory of a stored history from another version', () => {
  /** The history as version 1 wrote it: each state a JSON string of the project's JSON. */
  function asVersionOne(text: string): string {
    const stored = JSON.parse(text) as {
      past: { label: string; state: unknown }[];
      future: { label: string; state: unknown }[];
    };
    const quoted = (entries: { label: string; state: unknown }[]) =>
      entries.map(({ label, state }) => ({ label, state: JSON.stringify(state) }));
    return JSON.stringify({
      ...stored,
      version: 1,
      past: quoted(stored.past),
      future: quoted(stored.future),
    });
  }

  it.each<[string, (text: string) => string, string[]]>([
    ['version 1 (states as strings) is read', asVersionOne, ['Harbour', 'Harbour notes']],
    [
      'a newer version starts a fresh history',
      (text) => text.replace('"version":2', '"version":3'),
      [],
    ],
    ['a damaged state starts a fresh history', (text) => text.replace('"name"', '"nom"'), []],
  ])('%s', (_, rewrite, pastNames) => {
    const history = threeSteps();
    const restored = restoreHistory(rewrite(serializeHistory(history)), history.present);
    expect(restored.past.map((entry) => entry.state.name)).toEqual(pastNames);
  });
});
