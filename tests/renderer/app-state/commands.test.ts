import { describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../../contract/ipc';
import {
  chordLabel,
  command,
  commandForKey,
  COMMANDS,
  runCommand,
  type CommandActions,
  type CommandId,
  type CommandState,
} from '../../../renderer/app-state/commands';
import { SHORTCUTS } from '../../../renderer/components/shortcuts';

const READY: CommandState = { ready: true, canUndo: true, canRedo: true, hiddenSources: 1 };
const key = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

function spyActions(): CommandActions {
  return {
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
  };
}

describe('the command table', () => {
  it('has a command for every native menu command', () => {
    for (const id of menuCommands) expect(command(id).id).toBe(id);
  });

  it('lists each command once, with a label', () => {
    const ids = COMMANDS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of COMMANDS) expect(entry.label.trim()).not.toBe('');
  });

  it('gives no two commands the same shortcut', () => {
    const chords = COMMANDS.flatMap((entry) => entry.shortcuts.map(chordLabel));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('runs the action that carries its name', () => {
    for (const entry of COMMANDS) {
      const actions = spyActions();
      entry.run(actions);
      const names = Object.keys(actions) as (keyof CommandActions)[];
      const called = names.filter((name) => vi.mocked(actions[name]).mock.calls.length > 0);
      expect(called).toEqual([entry.id]);
    }
  });

  it('puts every window shortcut in the help list', () => {
    for (const entry of COMMANDS)
      for (const chord of entry.shortcuts)
        expect(SHORTCUTS.some((row) => row.keys.includes(chordLabel(chord)))).toBe(true);
  });
});

describe('commandForKey', () => {
  it.each<[ReturnType<typeof key>, CommandId | null]>([
    [key('z', { ctrl: true }), 'undo'],
    [key('z', { meta: true }), 'undo'],
    [key('Z', { ctrl: true, shift: true }), 'redo'],
    [key('y', { ctrl: true }), 'redo'],
    [key('y', { ctrl: true, shift: true }), null],
    [key('?', { shift: true }), 'showShortcuts'],
    [key('?'), 'showShortcuts'],
    [key('?', { ctrl: true }), null],
    [key('z'), null],
    [key('z', { ctrl: true, alt: true }), null],
    [key('s', { ctrl: true }), null],
  ])('%o -> %s', (event, expected) => {
    expect(commandForKey(event)).toBe(expected);
  });
});

describe('enabled and runCommand', () => {
  it.each<[CommandId, Partial<CommandState>, boolean]>([
    ['undo', {}, true],
    ['undo', { canUndo: false }, false],
    ['redo', { canRedo: false }, false],
    ['undo', { ready: false }, false],
    ['exportJson', { ready: false }, false],
    ['exportJson', {}, true],
    ['addColumn', { hiddenSources: 0 }, false],
    ['addColumn', { ready: false, hiddenSources: 2 }, true],
    ['showShortcuts', { ready: false }, true],
  ])('%s with %o runs: %s', (id, patch, runs) => {
    const actions = spyActions();
    expect(runCommand(id, { ...READY, ...patch }, actions)).toBe(runs);
    expect(vi.mocked(actions[id]).mock.calls.length).toBe(runs ? 1 : 0);
  });
});

describe('chordLabel', () => {
  it.each([
    [{ key: 'z', mod: true, shift: false }, 'Ctrl/Cmd + Z'],
    [{ key: 'z', mod: true, shift: true }, 'Ctrl/Cmd + Shift + Z'],
    [{ key: '?', mod: false }, '?'],
  ])('%o reads %s', (chord, label) => {
    expect(chordLabel(chord)).toBe(label);
  });
});
