import { chordLabel, COMMANDS } from '../app-state/commands';

/** Keys that act where the focus is (the tag menu, a suggestion, a text), not window-wide. */
const IN_CONTEXT: readonly { keys: string; action: string }[] = [
  { keys: 'T (with text selected)', action: 'Open the tagging menu' },
  { keys: '1 – 8', action: 'Pick a claim type in the tagging menu' },
  { keys: '← → / ↑ ↓', action: 'Pick a measure in the tagging menu' },
  { keys: 'Enter', action: 'Tag the selection' },
  { keys: 'Shift + Enter', action: 'Tag one claim per figure of a selection holding several' },
  { keys: 'Esc', action: 'Close the menu or dialog; in a text, let go of the selection' },
  { keys: 'A or Enter (on a suggestion)', action: 'Accept the suggestion as a claim' },
  { keys: 'D or Delete (on a suggestion)', action: 'Dismiss the suggestion (remembered)' },
  { keys: 'Shift + arrows (in a text)', action: 'Select text from the keyboard' },
];

/**
 * Every keyboard shortcut for the help dialog: the keys that act in context, then the
 * window-wide ones, read from the command table so they are never written twice.
 */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  ...IN_CONTEXT,
  ...COMMANDS.filter((command) => command.shortcuts.length > 0).map((command) => ({
    keys: command.shortcuts.map(chordLabel).join(', '),
    action: command.id === 'showShortcuts' ? 'Show this list' : command.label,
  })),
];
