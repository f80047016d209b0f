import { useEffect } from 'react';
import type { MenuCommand } from '../host/host';

/** True when the key goes to a form field, whose own undo and typing must win. */
function inFormField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.matches('input, textarea, select') ||
      (target.isContentEditable === true && !target.classList.contains('source-text')))
  );
}

/** Maps a key press to a command: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === '?' && !mod && !event.altKey) return 'showShortcuts';
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Window-wide keyboard shortcuts for the workspace (the native menu sends the same commands). */
export function useGlobalShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (inFormField(event.target)) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
