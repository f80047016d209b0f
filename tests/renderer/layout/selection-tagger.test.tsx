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
  const handlers = {
    onStart: vi.fn(),
    onConfirm: vi.fn(),
    onConfirmEach: vi.fn(),
    onCancel: vi.fn(),
  };
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

  it('a single figure: no note, Shift+Enter tags one claim as Enter does', () => {
    const { onConfirm, onConfirmEach } = renderTagger(selection(true));
    expect(screen.queryByTestId('tag-menu-split')).toBeNull();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter', shiftKey: true });
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirmEach).not.toHaveBeenCalled();
  });
});

describe('SelectionTagger: a selection over two figures', () => {
  const text = 'The ferry carried 14 firefighters. and 210 residents across the bay.';
  const twoFigures = parseSourceFile({ id: 'ferry', content: `---\ntitle: Ferry\n---\n${text}` });
  if (!twoFigures.ok) throw new Error(twoFigures.error);
  const source = twoFigures.value;
  const start = source.text.indexOf('14 firefighters');
  const end = source.text.indexOf(' across');
  const spanning: PendingSelection = {
    source,
    range: {
      start,
      end,
      quote: source.text.slice(start, end),
      anchorRect: { left: 40, top: 100, bottom: 120 },
    },
    tagging: true,
  };
  const quotes = (pieces: readonly { start: number; end: number }[]) =>
    pieces.map((piece) => source.text.slice(piece.start, piece.end));

  it('says one claim would keep only the first figure', () => {
    renderTagger(spanning);
    expect(screen.getByTestId('tag-menu-split').textContent).toContain(
      'This selection holds 2 figures (14, 210): one claim keeps only the first.',
    );
  });

  it.each<[string, (menu: HTMLElement) => void]>([
    ['its button', () => fireEvent.click(screen.getByRole('button', { name: /Tag 2 claims/ }))],
    ['Shift+Enter', (menu) => fireEvent.keyDown(menu, { key: 'Enter', shiftKey: true })],
  ])('offers one claim per figure from %s', (_, act) => {
    const { onConfirm, onConfirmEach } = renderTagger(spanning);
    const menu = document.activeElement as HTMLElement;
    fireEvent.keyDown(menu, { key: '1' });
    act(menu);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onConfirmEach).toHaveBeenCalledTimes(1);
    const [picked, pieces, type] = onConfirmEach.mock.calls[0] as [
      PendingSelection,
      { start: number; end: number }[],
      string,
    ];
    expect(picked).toBe(spanning);
    expect(type).toBe('casualty');
    expect(quotes(pieces)).toEqual(['14 firefighters.', '210 residents']);
  });

  it('Enter still tags the whole selection as one claim', () => {
    const { onConfirm, onConfirmEach } = renderTagger(spanning);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(onConfirm).toHaveBeenCalledWith(spanning, 'casualty', expect.any(String));
    expect(onConfirmEach).not.toHaveBeenCalled();
  });
});
