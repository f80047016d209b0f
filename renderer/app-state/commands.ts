import type { MenuCommand } from '../host/host';

/** A key press that runs a command. `shift` left out means either; Alt never matches. */
export interface KeyChord {
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS (either is accepted on every platform). */
  mod: boolean;
  shift?: boolean;
}

/** What the commands may look at to say whether they can run now. */
export interface CommandState {
  /** A project is loaded (false while the corpus or the project is still loading). */
  ready: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Sources not shown in any pane. */
  hiddenSources: number;
}

/** What the commands do: the workspace's capabilities, provided by the App. */
export interface CommandActions {
  undo: () => void;
  redo: () => void;
  newProject: () => void;
  openProject: () => void;
  saveAs: () => void;
  importSource: () => void;
  pasteText: () => void;
  importJson: () => void;
  exportJson: () => void;
  addColumn: () => void;
  showShortcuts: () => void;
}

export type CommandId = MenuCommand | 'pasteText' | 'addColumn';

export interface Command {
  id: CommandId;
  /** The label of the toolbar button or menu item. */
  label: string;
  shortcuts: readonly KeyChord[];
  enabled(state: CommandState): boolean;
  run(actions: CommandActions): void;
}

const whenReady = (state: CommandState) => state.ready;

/**
 * Every workspace command, once: the native menu (through `host.onMenuCommand`), the window's
 * keyboard shortcuts and the toolbar all run these, so a shortcut or a label is never listed
 * twice. The native menu's accelerators are declared in electron/menu (the main process cannot
 * import the renderer); a test checks that every menu command has an entry here.
 */
export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcuts: [{ key: 'z', mod: true, shift: false }],
    enabled: (state) => state.ready && state.canUndo,
    run: (actions) => actions.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, shift: false },
    ],
    enabled: (state) => state.ready && state.canRedo,
    run: (actions) => actions.redo(),
  },
  {
    id: 'newProject',
    label: 'New project',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.newProject(),
  },
  {
    id: 'openProject',
    label: 'Open project…',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.openProject(),
  },
  {
    id: 'saveAs',
    label: 'Save as…',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.saveAs(),
  },
  {
    id: 'importSource',
    label: 'Import source…',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.importSource(),
  },
  {
    id: 'pasteText',
    label: 'Paste text…',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.pasteText(),
  },
  {
    id: 'importJson',
    label: 'Import JSON',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.importJson(),
  },
  {
    id: 'exportJson',
    label: 'Export JSON',
    shortcuts: [],
    enabled: whenReady,
    run: (actions) => actions.exportJson(),
  },
  {
    id: 'addColumn',
    label: 'Add column',
    shortcuts: [],
    enabled: (state) => state.hiddenSources > 0,
    run: (actions) => actions.addColumn(),
  },
  {
    id: 'showShortcuts',
    label: 'Keyboard shortcuts',
    shortcuts: [{ key: '?', mod: false }],
    enabled: () => true,
    run: (actions) => actions.showShortcuts(),
  },
];

const BY_ID = new Map(COMMANDS.map((command) => [command.id, command]));

/** The command with this id (every id has one: the table is typed by `CommandId`). */
export function command(id: CommandId): Command {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No command "${id}" in the command table.`);
  return found;
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

function matches(chord: KeyChord, event: KeyEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  return (
    !event.altKey &&
    mod === chord.mod &&
    (chord.shift === undefined || chord.shift === event.shiftKey) &&
    event.key.toLowerCase() === chord.key
  );
}

/** The command a key press runs, or null: looked up in the one table. */
export function commandForKey(event: KeyEvent): CommandId | null {
  return (
    COMMANDS.find((candidate) => candidate.shortcuts.some((chord) => matches(chord, event)))?.id ??
    null
  );
}

/** How a chord is written in the help: "Ctrl/Cmd + Shift + Z". */
export function chordLabel(chord: KeyChord): string {
  return [
    chord.mod ? 'Ctrl/Cmd' : null,
    chord.shift ? 'Shift' : null,
    chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
  ]
    .filter(Boolean)
    .join(' + ');
}

/** Runs a command if it can run now; returns whether it ran. */
export function runCommand(id: CommandId, state: CommandState, actions: CommandActions): boolean {
  const found = command(id);
  if (!found.enabled(state)) return false;
  found.run(actions);
  return true;
}
