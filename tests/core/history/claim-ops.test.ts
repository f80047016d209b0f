import { describe, expect, it } from 'vitest';
import { commit, createHistory, redo, undo } from '../../../core/history/undo-stack';
import { addClaim, removeClaim, updateClaim } from '../../../core/model/claim-ops';
import { sampleProject } from '../io/fixtures';

const LATER = '2024-06-01T00:00:00.000Z';

describe('claim operations', () => {
  const project = sampleProject();
  const newClaim = { ...project.claims[0]!, id: 'c4', note: 'copy' };

  it.each([
    ['add', () => addClaim(project, newClaim, LATER), ['c1', 'c2', 'c3', 'c4']],
    ['update', () => updateClaim(project, 'c2', { note: 'checked' }, LATER), ['c1', 'c2', 'c3']],
    ['remove', () => removeClaim(project, 'c1', LATER), ['c2', 'c3']],
  ] as const)('%s returns a new project and leaves the old one alone', (_name, op, ids) => {
    const before = JSON.stringify(project);
    const next = op();
    expect(next).not.toBe(project);
    expect(next.claims.map((c) => c.id)).toEqual(ids);
    expect(next.modified).toBe(LATER);
    expect(JSON.stringify(project)).toBe(before);
  });

  it('update stamps the claim and keeps its id and creation time', () => {
    const next = updateClaim(project, 'c2', { note: 'checked' }, LATER);
    expect(next.claims[1]).toMatchObject({
      id: 'c2',
      note: 'checked',
      modified: LATER,
      created: project.claims[1]!.created,
    });
    expect(next.claims[0]).toBe(project.claims[0]);
  });

  it.each([
    ['update', () => updateClaim(project, 'nope', { note: 'x' }, LATER)],
    ['remove', () => removeClaim(project, 'nope', LATER)],
  ])('%s of an unknown id returns the same project', (_name, op) => {
    expect(op()).toBe(project);
  });

  it('add refuses a duplicate id', () => {
    expect(() => addClaim(project, project.claims[0]!, LATER)).toThrow(/already exists/);
  });

  it('remove drops group decisions that name the claim', () => {
    expect(removeClaim(project, 'c3', LATER).groupDecisions).toEqual([]);
    expect(removeClaim(project, 'c2', LATER).groupDecisions).toHaveLength(1);
  });

  it('undo and redo walk through project states', () => {
    let history = createHistory(project);
    history = commit(history, addClaim(history.present, newClaim, LATER), 'Add claim');
    history = commit(history, removeClaim(history.present, 'c1', LATER), 'Delete claim');
    expect(history.present.claims.map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
    history = undo(history);
    expect(history.present.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    history = undo(history);
    expect(history.present).toBe(project);
    history = redo(redo(history));
    expect(history.present.claims.map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
  });
});
