// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSourceFile } from '../../../core/io/source-file';
import type { PendingSelection } from '../../../renderer/app-state/ui-state';
import { SelectionTagger } from '../../../renderer/layout/SelectionTagger';

afterEach(cleanup);

const parsed = parseSourceFile({
  id: 'wire',
  content: '---\ntitle: Wire\n---\nThe flood left 12 families homeless.',
});
if (!parsed.ok) throw new Error(parsed.error);
const selection = (tagging: boolean): PendingSelection => ({
  source: parsed.value,
  range: {
    start: 16,
    end: 27,
    quote: '12 families',
    anchorRect: { left: 40, top: 100, bottom: 120 },
  },
  tagging,
});

function renderTagger(current: PendingSelection | null) {
  const handlers = { onStart: vi.fn(), onConfirm: vi.fn(), onCancel: vi.fn() };
  render(<SelectionTagger selection={current} {...handlers} />);
  return handlers;
}

describe('SelectionTagger', () => {
  it.each<[string, PendingSelection | null, boolean, boolean]>([
    ['no selection: nothing floats over the text', null, false, false],
    ['a selection: the Tag claim button', selection(false), true, false],
    ['tagging: the menu, without the button', selection(true), false, true],
  ])('%s', (_, current, button, menu) => {
    renderTagger(current);
    expect(screen.queryByRole('button', { name: /Tag claim/ }) !== null).toBe(button);
    expect(screen.queryByText('“12 families”', { exact: false }) !== null).toBe(menu);
  });

  it('the button starts tagging', () => {
    const { onStart } = renderTagger(selection(false));
    fireEvent.click(screen.getByRole('button', { name: /Tag claim/ }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('Enter in the menu tags the selection with the picked type; Esc cancels', () => {
    const { onConfirm, onCancel } = renderTagger(selection(true));
    const menu = document.activeElement as HTMLElement;
    fireEvent.keyDown(menu, { key: '2' });
    fireEvent.keyDown(menu, { key: 'Enter' });
    expect(onConfirm).toHaveBeenCalledWith(selection(true), 'count', expect.any(String));
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
