import type { ExportDoc } from '../../core/io/export-json';
import type { Source } from '../../core/model/source';
import type { SidePanelTab } from '../components/SidePanelTabs';
import type { FocusRequest, TextSelection } from '../editor/SourceView';
import { initialColumns, keepKnown, showSources, type Columns } from '../workspace/columns';

/** The one dialog that may be open: a single value, so two dialogs can never be open at once. */
export type Dialog =
  | { kind: 'none' }
  | { kind: 'sourceDetails'; sourceId: string }
  | { kind: 'paste' }
  | { kind: 'shortcuts' }
  | { kind: 'importClaims'; fileName: string; doc: ExportDoc };

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** Text the analyst selected in a pane; `tagging` once the tag menu is open on it. */
export interface PendingSelection {
  source: Source;
  range: TextSelection;
  tagging: boolean;
}

/** A passage to bring into view. */
export interface Target {
  sourceId: string;
  start: number;
  end: number;
}

/**
 * Everything the workspace shows that is not the project: which dialog is open, what is
 * selected, which panes show which sources, the side panel's tab, the compare bar, the notice.
 */
export interface UiState {
  dialog: Dialog;
  selection: PendingSelection | null;
  selectedClaimId: string | null;
  activeSuggestionId: string | null;
  /**
   * Where the keyboard focus goes with the active suggestion: its row in the panel (so A and D
   * work), or it stays in the text the analyst clicked (so the caret is placed there).
   */
  suggestionFocus: 'panel' | 'text';
  focus: ReadonlyMap<string, FocusRequest>;
  tab: SidePanelTab;
  /** The analyst's panes; null until they change them (then the first two sources are shown). */
  columns: Columns | null;
  /** The group in the compare bar, and the panes the analyst had before it opened. */
  compare: { groupId: string; columnsBefore: Columns | null } | null;
  notice: Notice | null;
}

export const initialUiState: UiState = {
  dialog: { kind: 'none' },
  selection: null,
  selectedClaimId: null,
  activeSuggestionId: null,
  suggestionFocus: 'panel',
  focus: new Map(),
  tab: 'claims',
  columns: null,
  compare: null,
  notice: null,
};

/** Where a reveal or a compare wants the panes to go: the known sources and the passages. */
interface Reveal {
  sourceIds: readonly string[];
  targets: readonly Target[];
  nonce: number;
}

export type UiAction =
  | { type: 'openDialog'; dialog: Dialog }
  | { type: 'closeDialog' }
  | { type: 'select'; selection: { source: Source; range: TextSelection } | null }
  | { type: 'startTagging' }
  | { type: 'cancelTagging' }
  | { type: 'selectClaim'; claimId: string | null }
  | ({ type: 'activateClaim'; claimId: string } & Reveal)
  | ({ type: 'activateSuggestion'; suggestionId: string; from: 'panel' | 'text' } & Reveal)
  | { type: 'suggestionsDone'; nextId: string | null }
  | { type: 'setTab'; tab: SidePanelTab }
  | { type: 'setColumns'; columns: Columns }
  | ({ type: 'reveal' } & Reveal)
  | { type: 'showSources'; sourceIds: readonly string[]; wanted: readonly string[] }
  | ({ type: 'showGroup'; groupId: string } & Reveal)
  | { type: 'closeGroup' }
  | { type: 'notify'; notice: Notice | null };

/** The panes currently on screen, given the sources that exist. */
export function visibleColumns(state: UiState, sourceIds: readonly string[]): Columns {
  return keepKnown(state.columns ?? initialColumns(sourceIds), sourceIds);
}

function revealed(state: UiState, { sourceIds, targets, nonce }: Reveal): Partial<UiState> {
  if (targets.length === 0) return {};
  const wanted = [...new Set(targets.map((target) => target.sourceId))];
  const focus = new Map<string, FocusRequest>();
  for (const { sourceId, start, end } of targets)
    if (!focus.has(sourceId)) focus.set(sourceId, { start, end, nonce });
  return { columns: showSources(visibleColumns(state, sourceIds), wanted), focus };
}

/** The workspace's UI transitions, pure so each one is tested as a row of a table. */
export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'openDialog':
      return { ...state, dialog: action.dialog };
    case 'closeDialog':
      return { ...state, dialog: { kind: 'none' } };
    case 'select':
      return {
        ...state,
        // A selection that changes while the menu is open keeps the menu open on it.
        selection: action.selection
          ? { ...action.selection, tagging: state.selection?.tagging ?? false }
          : null,
      };
    case 'startTagging':
      return state.selection
        ? { ...state, selection: { ...state.selection, tagging: true } }
        : state;
    case 'cancelTagging':
      return { ...state, selection: null };
    case 'selectClaim':
      return { ...state, selectedClaimId: action.claimId };
    case 'activateClaim':
      return {
        ...state,
        ...revealed(state, action),
        tab: 'claims',
        selectedClaimId: action.claimId,
      };
    case 'activateSuggestion':
      return {
        ...state,
        ...revealed(state, action),
        tab: 'suggestions',
        activeSuggestionId: action.suggestionId,
        suggestionFocus: action.from,
      };
    case 'suggestionsDone':
      return { ...state, activeSuggestionId: action.nextId, suggestionFocus: 'panel' };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setColumns':
      return { ...state, columns: action.columns };
    case 'reveal':
      return { ...state, ...revealed(state, action) };
    case 'showSources':
      return {
        ...state,
        columns: showSources(visibleColumns(state, action.sourceIds), action.wanted),
      };
    case 'showGroup':
      return {
        ...state,
        ...revealed(state, action),
        compare: {
          groupId: action.groupId,
          columnsBefore: state.compare ? state.compare.columnsBefore : state.columns,
        },
      };
    case 'closeGroup':
      return state.compare
        ? { ...state, columns: state.compare.columnsBefore, compare: null }
        : state;
    case 'notify':
      return { ...state, notice: action.notice };
  }
}
