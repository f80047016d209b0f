// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimMarks, provisionalMarks } from '../../renderer/claims/claim-marks';
import { placeClaims } from '../../renderer/claims/anchored-claims';
import { SourceView } from '../../renderer/editor/SourceView';
import {
  drawProvisional,
  registerProvisionalDrawer,
} from '../../renderer/editor/provisional-highlights';
import type { TextMark } from '../../renderer/editor/text-mark';
import { claimOn, source } from './claims/claim-fixtures';

afterEach(cleanup);

describe('the provisional drawers, by source', () => {
  it.each<[string, boolean, string, boolean]>([
    ['a source on screen draws', true, 'a', true],
    ['a source not on screen draws nothing', true, 'b', false],
    ['after its view is gone, nothing', false, 'a', false],
  ])('%s', (_, stillShown, asked, drawn) => {
    const drawer = vi.fn();
    const unregister = registerProvisionalDrawer('a', drawer);
    if (!stillShown) unregister();
    expect(drawProvisional(asked, [])).toBe(drawn);
    expect(drawer).toHaveBeenCalledTimes(drawn ? 1 : 0);
    unregister();
  });

  it('a view unregistering leaves a newer view of the same source in place', () => {
    const older = vi.fn();
    const newer = vi.fn();
    const unregisterOlder = registerProvisionalDrawer('s', older);
    const unregisterNewer = registerProvisionalDrawer('s', newer);
    unregisterOlder();
    expect(drawProvisional('s', [])).toBe(true);
    expect(newer).toHaveBeenCalledTimes(1);
    unregisterNewer();
  });
});

describe('a source view drawing a claim before the project holds it', () => {
  const text = source('harbour', 'The ferry carried 120 people. Later 80 more boarded.');
  const claim = claimOn(text, '120 people', 'c-new');
  const props = {
    source: text,
    label: 'Harbour',
    suggestionMarks: [] as TextMark[],
    focus: null,
    onSelect: () => undefined,
    onTagKey: () => undefined,
    onMarkClick: () => undefined,
  };
  const highlighted = (container: HTMLElement) =>
    [...container.querySelectorAll('.claim')].map((element) => element.textContent);

  it('shows it at once, selected, and drops it when the real marks arrive', () => {
    const { container, rerender } = render(<SourceView {...props} claimMarks={[]} />);
    expect(drawProvisional(text.id, provisionalMarks([claim]))).toBe(true);
    expect(highlighted(container)).toEqual(['120 people']);
    expect(container.querySelectorAll('.claim.selected')).toHaveLength(1);
    // The real mark, drawn unselected here, is all that is left: no provisional look over it.
    const real = claimMarks(placeClaims(text, [claim]), null);
    rerender(<SourceView {...props} claimMarks={real} />);
    expect(highlighted(container)).toEqual(['120 people']);
    expect(container.querySelectorAll('.claim.selected')).toHaveLength(0);
  });
});
