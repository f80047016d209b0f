import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';
import {
  initialUiState,
  uiReducer,
  visibleColumns,
  type UiAction,
  type UiState,
} from '../../../renderer/app-state/ui-state';

function source(id: string): Source {
  const result = parseSourceFile({ id, content: `---\ntitle: ${id}\n---\nA short text here.` });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const IDS = ['a', 'b', 'c', 'd'];
const range = { start: 2, end: 7, quote: 'short', anchorRect: { left: 1, top: 2, bottom: 3 } };
const picked = { source: source('a'), range };
const state = (patch: Partial<UiState> = {}): UiState => ({ ...initialUiState, ...patch });
const run = (from: UiState, ...actions: UiAction[]) => actions.reduce(uiReducer, from);
const at = (sourceId: string, start = 0, end = 4) => ({ sourceId, start, end });

describe('uiReducer: one dialog at a time', () => {
  it.each<[string, UiAction[], string]>([
    ['opening a dialog', [{ type: 'openDialog', dialog: { kind: 'paste' } }], 'paste'],
    [
      'opening a second replaces the first',
      [
        { type: 'openDialog', dialog: { kind: 'paste' } },
        { type: 'openDialog', dialog: { kind: 'shortcuts' } },
      ],
      'shortcuts',
    ],
    [
      'closing',
      [
        { type: 'openDialog', dialog: { kind: 'sourceDetails', sourceId: 'b' } },
        { type: 'closeDialog' },
      ],
      'none',
    ],
  ])('%s', (_, actions, kind) => {
    expect(run(state(), ...actions).dialog.kind).toBe(kind);
  });
});

describe('uiReducer: selection and tagging', () => {
  it.each<[string, UiAction[], { tagging: boolean } | null, string | null]>([
    [
      'a selection shows the tag button',
      [{ type: 'select', selection: picked }],
      { tagging: false },
      null,
    ],
    [
      'T opens the menu on it',
      [{ type: 'select', selection: picked }, { type: 'startTagging' }],
      { tagging: true },
      null,
    ],
    ['T without a selection does nothing', [{ type: 'startTagging' }], null, null],
    [
      'a changed selection keeps the open menu',
      [
        { type: 'select', selection: picked },
        { type: 'startTagging' },
        { type: 'select', selection: picked },
      ],
      { tagging: true },
      null,
    ],
    [
      'losing the selection closes everything',
      [
        { type: 'select', selection: picked },
        { type: 'startTagging' },
        { type: 'select', selection: null },
      ],
      null,
      null,
    ],
    [
      'Esc in the menu drops the selection (no stale button)',
      [{ type: 'select', selection: picked }, { type: 'startTagging' }, { type: 'cancelTagging' }],
      null,
      null,
    ],
    [
      'tagging selects the new claim',
      [
        { type: 'select', selection: picked },
        { type: 'startTagging' },
        { type: 'cancelTagging' },
        { type: 'selectClaim', claimId: 'c1' },
      ],
      null,
      'c1',
    ],
  ])('%s', (_, actions, selection, selectedClaimId) => {
    const next = run(state(), ...actions);
    expect(next.selection ? { tagging: next.selection.tagging } : null).toEqual(selection);
    expect(next.selectedClaimId).toBe(selectedClaimId);
  });
});

describe('uiReducer: panes', () => {
  it.each<[string, UiState, UiAction[], string[]]>([
    ['the first two sources by default', state(), [], ['a', 'b']],
    [
      'a reveal brings a hidden source into the rightmost pane',
      state(),
      [{ type: 'reveal', sourceIds: IDS, targets: [at('d')], nonce: 1 }],
      ['a', 'd'],
    ],
    [
      'a reveal of a shown source leaves the panes',
      state({ columns: ['c', 'a'] }),
      [{ type: 'reveal', sourceIds: IDS, targets: [at('a')], nonce: 1 }],
      ['c', 'a'],
    ],
    [
      'showing a group adds the panes it needs',
      state(),
      [
        {
          type: 'showGroup',
          groupId: 'g',
          sourceIds: IDS,
          targets: [at('a'), at('c'), at('d')],
          nonce: 1,
        },
      ],
      ['a', 'c', 'd'],
    ],
    [
      'closing the compare bar restores the panes the analyst had',
      state({ columns: ['b', 'a'] }),
      [
        { type: 'showGroup', groupId: 'g', sourceIds: IDS, targets: [at('c'), at('d')], nonce: 1 },
        { type: 'closeGroup' },
      ],
      ['b', 'a'],
    ],
    [
      'showing a second group, then closing, still restores the first panes',
      state({ columns: ['b', 'a'] }),
      [
        { type: 'showGroup', groupId: 'g', sourceIds: IDS, targets: [at('c'), at('d')], nonce: 1 },
        {
          type: 'showGroup',
          groupId: 'h',
          sourceIds: IDS,
          targets: [at('a'), at('b'), at('c'), at('d')],
          nonce: 2,
        },
        { type: 'closeGroup' },
      ],
      ['b', 'a'],
    ],
    [
      'closing with the default panes goes back to the default',
      state(),
      [
        {
          type: 'showGroup',
          groupId: 'g',
          sourceIds: IDS,
          targets: [at('a'), at('b'), at('c')],
          nonce: 1,
        },
        { type: 'closeGroup' },
      ],
      ['a', 'b'],
    ],
    [
      'a new source is put on screen',
      state(),
      [{ type: 'showSources', sourceIds: IDS, wanted: ['c'] }],
      ['a', 'c'],
    ],
  ])('%s', (_, from, actions, columns) => {
    expect(visibleColumns(run(from, ...actions), IDS)).toEqual(columns);
  });

  it('asks each pane to focus the first passage of its source', () => {
    const next = run(state(), {
      type: 'showGroup',
      groupId: 'g',
      sourceIds: IDS,
      targets: [at('a', 1, 2), at('a', 5, 9), at('c', 3, 4)],
      nonce: 7,
    });
    expect([...next.focus]).toEqual([
      ['a', { start: 1, end: 2, nonce: 7 }],
      ['c', { start: 3, end: 4, nonce: 7 }],
    ]);
    expect(next.compare?.groupId).toBe('g');
  });
});

describe('uiReducer: side panel', () => {
  it.each<[string, UiAction[], Partial<UiState>]>([
    [
      'activating a claim selects it on the claims tab',
      [
        { type: 'setTab', tab: 'disagreements' },
        { type: 'activateClaim', claimId: 'c1', sourceIds: IDS, targets: [at('b')], nonce: 1 },
      ],
      { tab: 'claims', selectedClaimId: 'c1' },
    ],
    [
      'activating a suggestion in the panel switches to its tab and focuses its row',
      [
        {
          type: 'activateSuggestion',
          suggestionId: 's1',
          from: 'panel',
          sourceIds: IDS,
          targets: [at('a')],
          nonce: 1,
        },
      ],
      { tab: 'suggestions', activeSuggestionId: 's1', suggestionFocus: 'panel' },
    ],
    [
      'clicking a suggestion in the text leaves the focus (and caret) in the text',
      [
        {
          type: 'activateSuggestion',
          suggestionId: 's1',
          from: 'text',
          sourceIds: IDS,
          targets: [at('a')],
          nonce: 1,
        },
      ],
      { tab: 'suggestions', activeSuggestionId: 's1', suggestionFocus: 'text' },
    ],
    [
      'after accepting one, the next suggestion is active and its row gets the focus',
      [
        {
          type: 'activateSuggestion',
          suggestionId: 's1',
          from: 'text',
          sourceIds: IDS,
          targets: [at('a')],
          nonce: 1,
        },
        { type: 'suggestionsDone', nextId: 's2' },
      ],
      { activeSuggestionId: 's2', suggestionFocus: 'panel' },
    ],
    [
      'a notice, then its dismissal',
      [
        { type: 'notify', notice: { kind: 'info', text: 'Done.' } },
        { type: 'notify', notice: null },
      ],
      { notice: null },
    ],
  ])('%s', (_, actions, expected) => {
    expect(run(state(), ...actions)).toMatchObject(expected);
  });

  it('activating an orphan claim (no passage) selects it and leaves the panes and focus alone', () => {
    const next = run(state(), {
      type: 'activateClaim',
      claimId: 'c9',
      sourceIds: IDS,
      targets: [],
      nonce: 1,
    });
    expect(next.columns).toBeNull();
    expect(next.focus.size).toBe(0);
    expect(next.selectedClaimId).toBe('c9');
  });
});
