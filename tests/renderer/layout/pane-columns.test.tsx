// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkspaceView } from '../../../renderer/app-state/use-workspace-view';
import { PaneColumns } from '../../../renderer/layout/PaneColumns';
import type { Columns } from '../../../renderer/workspace/columns';
import { projectWithClaim, SOURCES } from './workspace-fixture';

afterEach(cleanup);

const { project } = projectWithClaim();

function renderPanes(columns: Columns) {
  const view = renderHook(() => useWorkspaceView(SOURCES, project)).result.current;
  const handlers = {
    onColumns: vi.fn(),
    onEditDetails: vi.fn(),
    onRevise: vi.fn(),
    onSelect: vi.fn(),
    onTagKey: vi.fn(),
    onClaimClick: vi.fn(),
    onSuggestionClick: vi.fn(),
  };
  render(
    <PaneColumns
      view={view}
      columns={columns}
      selectedClaimId={null}
      activeSuggestionId={null}
      focus={new Map()}
      {...handlers}
    />,
  );
  const panes = () => screen.getAllByTestId('source-pane').map((pane) => pane.dataset.sourceId);
  return { handlers, panes };
}

describe('PaneColumns', () => {
  it.each<[Columns, string[]]>([
    [
      ['north', 'south'],
      ['north', 'south'],
    ],
    [
      ['east', 'north', 'south'],
      ['east', 'north', 'south'],
    ],
    [['south', 'gone'], ['south']],
  ])('columns %o show panes %o', (columns, shown) => {
    expect(renderPanes(columns).panes()).toEqual(shown);
  });

  it.each<[string, Columns, string, Columns]>([
    ['closing pane 1', ['north', 'south', 'east'], 'Close pane 1', ['south', 'east']],
    ['closing pane 3', ['north', 'south', 'east'], 'Close pane 3', ['north', 'south']],
  ])('%s asks for the remaining columns', (_, columns, button, expected) => {
    const { handlers } = renderPanes(columns);
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(handlers.onColumns).toHaveBeenCalledWith(expected);
  });

  it('a single pane cannot be closed', () => {
    renderPanes(['north']);
    expect(screen.queryByRole('button', { name: /Close pane/ })).toBeNull();
  });

  it('choosing a shown source in another pane swaps the two', () => {
    const { handlers } = renderPanes(['north', 'south']);
    fireEvent.change(screen.getByLabelText('Source shown in pane 1'), {
      target: { value: 'south' },
    });
    expect(handlers.onColumns).toHaveBeenCalledWith(['south', 'north']);
  });

  it('Edit details names the pane’s source', () => {
    const { handlers } = renderPanes(['north', 'south']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit details' })[1]!);
    expect(handlers.onEditDetails).toHaveBeenCalledWith('south');
  });

  it.each<[Columns, boolean]>([
    [['north', 'south', 'east'], false],
    [['north', 'south', 'east', 'west'], true],
  ])('with %o the panes are compact: %s', (columns, compact) => {
    renderPanes(columns);
    expect(screen.getByRole('main').classList.contains('many')).toBe(compact);
  });

  it.each<[Columns, number]>([
    [['north', 'south'], 0],
    [['south', 'north'], 1],
    [['east', 'south', 'north'], 2],
    [['south', 'east'], -1],
  ])('with %o the claim on north is drawn in pane %d only', (columns, index) => {
    renderPanes(columns);
    const drawn = screen
      .getAllByTestId('source-pane')
      .map((pane) => pane.querySelectorAll('.claim').length);
    expect(drawn).toEqual(columns.map((_, i) => (i === index ? 1 : 0)));
  });
});
