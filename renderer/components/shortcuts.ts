/** Every keyboard shortcut, in one table: the help dialog and the README list the same ones. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'T (with text selected)', action: 'Open the tagging menu' },
  { keys: '1 – 8', action: 'Pick a claim type in the tagging menu' },
  { keys: '← → / ↑ ↓', action: 'Pick a measure in the tagging menu' },
  { keys: 'Enter', action: 'Tag the selection' },
  { keys: 'Esc', action: 'Close the menu or dialog' },
  { keys: 'A or Enter (on a suggestion)', action: 'Accept the suggestion as a claim' },
  { keys: 'D or Delete (on a suggestion)', action: 'Dismiss the suggestion (remembered)' },
  { keys: 'Ctrl/Cmd + Z', action: 'Undo' },
  { keys: 'Ctrl/Cmd + Shift + Z, Ctrl + Y', action: 'Redo' },
  { keys: 'Shift + arrows (in a text)', action: 'Select text from the keyboard' },
  { keys: '?', action: 'Show this list' },
];
