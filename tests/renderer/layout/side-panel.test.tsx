// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkspaceView } from '../../../renderer/app-state/use-workspace-view';
import type { SidePanelTab } from '../../../renderer/components/SidePanelTabs';
import { SidePanel } from '../../../renderer/layout/SidePanel';
import { projectWithClaim, SOURCES } from './workspace-fixture';

afterEach(cleanup);

const { project, claimId } = projectWithClaim();

function renderPanel(tab: SidePanelTab, selected = false) {
  const view = renderHook(() => useWorkspaceView(SOURCES, project)).result.current;
  const edits = {
    acceptSuggestions: vi.fn(),
    dismissSuggestions: vi.fn(),
    editClaim: vi.fn(),
    deleteClaim: vi.fn(),
    linkClaims: vi.fn(),
    splitClaim: vi.fn(),
  };
  const handlers = {
    onTab: vi.fn(),
    onShowGroup: vi.fn(),
    onActivateClaim: vi.fn(),
    onActivateSuggestion: vi.fn(),
  };
  render(
    <SidePanel
      view={view}
      claimCount={project.claims.length}
      tab={tab}
      selectedClaim={selected ? project.claims[0]! : null}
      activeSuggestionId={null}
      edits={edits}
      {...handlers}
    />,
  );
  return { view, edits, ...handlers };
}

describe('SidePanel', () => {
  it('counts claims, pending suggestions and disagreements on its tabs', () => {
    const { view } = renderPanel('claims');
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual([
      expect.stringContaining('1'),
      expect.stringContaining(String(view.pendingCount)),
      expect.stringContaining(String(view.flaggedCount)),
    ]);
    expect(view.pendingCount).toBeGreaterThan(0);
  });

  it.each<[SidePanelTab, string]>([
    ['claims', 'claims'],
    ['suggestions', 'suggestions-panel'],
    ['disagreements', 'disagreements-panel'],
  ])('the %s tab shows its panel only', (tab, testId) => {
    renderPanel(tab);
    for (const other of ['suggestions-panel', 'disagreements-panel'])
      expect(screen.queryByTestId(other) !== null).toBe(other === testId);
  });

  it('a claim in the list activates it', () => {
    const { onActivateClaim } = renderPanel('claims');
    fireEvent.click(screen.getByText('“at least 21 people”', { exact: false }));
    expect(onActivateClaim).toHaveBeenCalledWith(claimId);
  });

  it('the selected claim gets its editor; deleting it names the claim', () => {
    const { edits } = renderPanel('claims', true);
    fireEvent.click(screen.getByRole('button', { name: /delete/i }));
    expect(edits.deleteClaim).toHaveBeenCalledWith(claimId);
  });

  it.each<[string, 'acceptSuggestions' | 'dismissSuggestions']>([
    ['a', 'acceptSuggestions'],
    ['d', 'dismissSuggestions'],
  ])('%s on a suggestion runs %s with it', (key, edit) => {
    const { edits, view } = renderPanel('suggestions');
    const first = within(screen.getByTestId('suggestions-panel')).getAllByRole('listitem')[0]!;
    fireEvent.keyDown(first, { key });
    const id = first.getAttribute('data-suggestion-id');
    expect(edits[edit]).toHaveBeenCalledWith([
      [...view.pending.values()].flat().find((item) => item.id === id),
    ]);
  });
});
