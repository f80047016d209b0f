import { useEffect } from 'react';
import { commandForKey, type CommandId } from '../app-state/commands';

export { commandForKey };

/** True when the key goes to a form field, whose own undo and typing must win. */
function inFormField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.matches('input, textarea, select') ||
      (target.isContentEditable === true && !target.classList.contains('source-text')))
  );
}

/** Window-wide keyboard shortcuts for the workspace, from the command table. */
export function useGlobalShortcuts(run: (command: CommandId) => void): void {
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
