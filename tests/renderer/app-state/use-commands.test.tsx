// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandActions, CommandState } from '../../../renderer/app-state/commands';
import { useCommands } from '../../../renderer/app-state/use-commands';
import type { Host, MenuCommand } from '../../../renderer/host/host';

afterEach(cleanup);

function setUp(state: Partial<CommandState> = {}) {
  let menu: ((command: MenuCommand) => void) | null = null;
  const unsubscribe = vi.fn();
  const host = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menu = listener;
      return unsubscribe;
    },
  } as unknown as Host;
  const actions = {
    undo: vi.fn(),
    redo: vi.fn(),
    newProject: vi.fn(),
    openProject: vi.fn(),
    saveAs: vi.fn(),
    importSource: vi.fn(),
    pasteText: vi.fn(),
    importJson: vi.fn(),
    exportJson: vi.fn(),
    addColumn: vi.fn(),
    showShortcuts: vi.fn(),
  } satisfies CommandActions;
  const full: CommandState = {
    ready: true,
    canUndo: true,
    canRedo: false,
    hiddenSources: 0,
    ...state,
  };
  const hook = renderHook(() => useCommands(host, full, actions));
  return { menu: (command: MenuCommand) => menu?.(command), actions, hook, unsubscribe };
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = window) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
}

describe('useCommands', () => {
  it.each<[MenuCommand, keyof CommandActions]>([
    ['exportJson', 'exportJson'],
    ['openProject', 'openProject'],
    ['showShortcuts', 'showShortcuts'],
  ])('the native menu command %s runs %s', (command, action) => {
    const { menu, actions } = setUp();
    menu(command);
    expect(actions[action]).toHaveBeenCalledTimes(1);
  });

  it('a menu command that cannot run now does nothing', () => {
    const { menu, actions } = setUp({ canRedo: false });
    menu('redo');
    expect(actions.redo).not.toHaveBeenCalled();
  });

  it.each<[string, KeyboardEventInit, keyof CommandActions]>([
    ['z', { ctrlKey: true }, 'undo'],
    ['?', { shiftKey: true }, 'showShortcuts'],
  ])('the key %s %o runs %s', (key, init, action) => {
    const { actions } = setUp();
    press(key, init);
    expect(actions[action]).toHaveBeenCalledTimes(1);
  });

  it('keys typed in a form field are left to the field', () => {
    const { actions } = setUp();
    const input = document.body.appendChild(document.createElement('input'));
    press('z', { ctrlKey: true }, input);
    expect(actions.undo).not.toHaveBeenCalled();
    input.remove();
  });

  it('stops listening when the workspace goes away', () => {
    const { hook, unsubscribe, actions } = setUp();
    hook.unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    press('z', { ctrlKey: true });
    expect(actions.undo).not.toHaveBeenCalled();
  });
});
