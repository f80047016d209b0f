// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../core/model/project';
import { projectEdits } from '../../../renderer/app-state/project-edits';
import type { PendingSelection, UiAction } from '../../../renderer/app-state/ui-state';
import { figurePieces } from '../../../renderer/claims/figure-pieces';
import { useWorkspaceView } from '../../../renderer/app-state/use-workspace-view';
import { sourceRefOf } from '../../../core/model/embedded-source';
import type { Workspace } from '../../../renderer/workspace/use-workspace';
import { projectWithClaim, SOURCES } from '../layout/workspace-fixture';

afterEach(cleanup);

/** A workspace that applies each edit to the project it holds and records the undo labels. */
function fakeWorkspace(start: Project) {
  const state = { project: start, labels: [] as string[] };
  const workspace = {
    get project() {
      return state.project;
    },
    change: (label: string, edit: (project: Project) => Project) => {
      state.labels.push(label);
      state.project = edit(state.project);
    },
  } as unknown as Workspace;
  return { state, workspace };
}

function setUp() {
  const { project: withClaim, claimId } = projectWithClaim();
  const project = { ...withClaim, sources: SOURCES.map(sourceRefOf) };
  const view = renderHook(() => useWorkspaceView(SOURCES, project)).result.current;
  const { state, workspace } = fakeWorkspace(project);
  const actions: UiAction[] = [];
  const edits = projectEdits(workspace, view, (action) => actions.push(action));
  const pending = [...view.pending.values()].flat();
  return { state, edits, actions, pending, claimId, view };
}

describe('projectEdits', () => {
  it.each<['acceptSuggestions' | 'dismissSuggestions', number, string]>([
    ['acceptSuggestions', 1, 'Accept suggestion'],
    ['acceptSuggestions', 2, 'Accept 2 suggestions'],
    ['dismissSuggestions', 1, 'Dismiss suggestion'],
    ['dismissSuggestions', 3, 'Dismiss 3 suggestions'],
  ])('%s of %i is one undo step, "%s", and moves on to the next', (edit, count, label) => {
    const { state, edits, actions, pending } = setUp();
    const before = state.project;
    edits[edit](pending.slice(0, count));
    expect(state.labels).toEqual([label]);
    if (edit === 'acceptSuggestions')
      expect(state.project.claims).toHaveLength(before.claims.length + count);
    else expect(state.project.dismissedSuggestions).toHaveLength(count);
    const done = actions.flatMap((action) =>
      action.type === 'suggestionsDone' ? [action.nextId] : [],
    );
    expect(done).toHaveLength(1);
    expect(pending.map((item) => item.id)).toContain(done[0]);
    expect(pending.slice(0, count).map((item) => item.id)).not.toContain(done[0]);
  });

  it('nothing to accept changes nothing', () => {
    const { state, edits, actions } = setUp();
    edits.acceptSuggestions([]);
    expect(state.labels).toEqual([]);
    expect(actions).toEqual([]);
  });

  it.each<[string, (edits: ReturnType<typeof projectEdits>, claimId: string) => void, string]>([
    ['link', (edits, id) => edits.linkClaims(id, 'other'), 'Link claims'],
    ['split', (edits, id) => edits.splitClaim(id, ['other', 'third']), 'Split claim from group'],
    ['delete', (edits, id) => edits.deleteClaim(id), 'Delete claim'],
    ['edit', (edits, id) => edits.editClaim(id, { event: 'storm' }, 'Edit event'), 'Edit event'],
  ])('%s is recorded with its label', (_, run, label) => {
    const { state, edits, claimId } = setUp();
    const before = state.project;
    run(edits, claimId);
    expect(state.labels).toEqual([label]);
    expect(state.project).not.toBe(before);
  });

  it('editing source details records them and closes the dialog', () => {
    const { state, edits, actions } = setUp();
    const metadata = { ...SOURCES[1]!.metadata, shortName: 'South' };
    edits.editSourceDetails('south', metadata);
    expect(state.project.sources.find((ref) => ref.id === 'south')?.metadata.shortName).toBe(
      'South',
    );
    expect(actions).toEqual([{ type: 'closeDialog' }]);
  });

  it.each<[string, boolean, string[], string]>([
    [
      'one claim on the whole selection',
      false,
      ['at least 21 people and injured 40 others'],
      'Add claim',
    ],
    ['one claim per figure', true, ['at least 21 people', 'injured 40 others'], 'Add 2 claims'],
  ])('tagging a selection over two figures: %s, in one undo step', (_, each, quotes, label) => {
    const { state, edits, actions } = setUp();
    const north = SOURCES[0]!;
    const start = north.text.indexOf('at least 21');
    const end = north.text.indexOf(' on Monday');
    const selection: PendingSelection = {
      source: north,
      range: {
        start,
        end,
        quote: north.text.slice(start, end),
        anchorRect: { left: 0, top: 0, bottom: 0 },
      },
      tagging: true,
    };
    const before = state.project.claims.length;
    const pieces = each ? figurePieces(north.text, start, end) : undefined;
    edits.tagSelection(selection, 'casualty', 'deaths', pieces);
    const added = state.project.claims.slice(before);
    expect(added.map((claim) => claim.target.quote.exact)).toEqual(quotes);
    expect(state.labels).toEqual([label]);
    expect(actions).toEqual([
      { type: 'cancelTagging' },
      { type: 'selectClaim', claimId: added[0]?.id },
    ]);
  });
});
