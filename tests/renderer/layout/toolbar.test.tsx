// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandState } from '../../../renderer/app-state/commands';
import { Toolbar, type ToolbarProps } from '../../../renderer/layout/Toolbar';

afterEach(cleanup);

const READY: CommandState = { ready: true, canUndo: true, canRedo: false, hiddenSources: 0 };

function renderToolbar(patch: Partial<ToolbarProps> = {}) {
  const onCommand = vi.fn();
  const onExport = vi.fn();
  render(
    <Toolbar
      projectName="Field notes"
      sourceCount={3}
      save={{ state: 'saved' }}
      undoLabel="Add claim"
      redoLabel={null}
      showProjectMenu={false}
      exportFormats={['csv']}
      commandState={READY}
      onCommand={onCommand}
      onExport={onExport}
      {...patch}
    />,
  );
  return { onCommand, onExport };
}

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const menuItem = (name: string) => screen.getByRole('menuitem', { name });

describe('Toolbar', () => {
  it('shows the project, the source count and the save state', () => {
    renderToolbar();
    expect(screen.getByText('Field notes')).toBeTruthy();
    expect(screen.getByText('3 sources')).toBeTruthy();
  });

  it.each<[string, string]>([
    ['Undo', 'undo'],
    ['Import JSON', 'importJson'],
    ['Export JSON', 'exportJson'],
  ])('the %s button runs the %s command', (name, id) => {
    const { onCommand } = renderToolbar();
    fireEvent.click(button(name));
    expect(onCommand).toHaveBeenCalledWith(id);
  });

  it.each<[string, string]>([
    ['Import source…', 'importSource'],
    ['Paste text…', 'pasteText'],
  ])('the Add source menu item %s runs %s', (name, id) => {
    const { onCommand } = renderToolbar();
    fireEvent.click(menuItem(name));
    expect(onCommand).toHaveBeenCalledWith(id);
  });

  it('names what undo would undo, and disables redo with nothing to redo', () => {
    renderToolbar();
    expect(button('Undo').title).toBe('Undo Add claim (Ctrl/Cmd + Z)');
    expect(button('Redo').disabled).toBe(true);
    expect(button('Redo').title).toBe('Nothing to redo');
  });

  it.each<[string, Partial<ToolbarProps>, boolean]>([
    ['desktop: no Project menu (the native File menu has it)', {}, false],
    ['browser: a Project menu', { showProjectMenu: true }, true],
  ])('%s', (_, patch, shown) => {
    const { onCommand } = renderToolbar(patch);
    expect(screen.queryByRole('menu', { name: 'Project' }) !== null).toBe(shown);
    if (shown) {
      fireEvent.click(menuItem('Open project…'));
      expect(onCommand).toHaveBeenCalledWith('openProject');
    }
  });

  it.each<[number, boolean]>([
    [0, false],
    [2, true],
  ])('with %i hidden sources, Add column shown: %s', (hiddenSources, shown) => {
    renderToolbar({ commandState: { ...READY, hiddenSources } });
    expect(screen.queryByRole('button', { name: 'Add column' }) !== null).toBe(shown);
  });

  it('shows no commands while the project is loading', () => {
    renderToolbar({
      commandState: { ...READY, ready: false },
      projectName: null,
      sourceCount: null,
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByText(/sources$/)).toBeNull();
  });

  it('exports in the chosen format', () => {
    const { onExport } = renderToolbar();
    fireEvent.click(menuItem('CSV spreadsheet'));
    expect(onExport).toHaveBeenCalledWith('csv');
  });
});
