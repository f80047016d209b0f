import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Host } from '../host/host';
import { useGlobalShortcuts } from '../workspace/use-global-shortcuts';
import { runCommand, type CommandActions, type CommandId, type CommandState } from './commands';

/**
 * Runs the command table from the native menu (through the host) and the window's shortcuts,
 * and returns the same runner for the toolbar. Subscribes once; each command sees the latest
 * state and actions, and does nothing when it is not enabled.
 */
export function useCommands(
  host: Host,
  state: CommandState,
  actions: CommandActions,
): (id: CommandId) => void {
  const latest = useRef({ state, actions });
  useLayoutEffect(() => {
    latest.current = { state, actions };
  });
  const onCommand = useCallback((id: CommandId) => {
    runCommand(id, latest.current.state, latest.current.actions);
  }, []);
  useEffect(() => host.onMenuCommand(onCommand), [host, onCommand]);
  useGlobalShortcuts(onCommand);
  return onCommand;
}
