// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveGroups } from '../../../core/compare';
import { ComparePassages } from '../../../renderer/compare';
import { GroupingControls } from '../../../renderer/compare/GroupingControls';
import { yearlessProject } from '../../core/io/date-fixtures';

afterEach(cleanup);

// A yearless day and its month, as the compare bar and the "Link to another group" list show them.
const [group] = deriveGroups(yearlessProject()).groups;
const RAW = /--\d\d/;

describe('dates in words in the Compare UI', () => {
  it('the compare bar gives each value and the overlap in words', () => {
    if (!group) throw new Error('no group');
    render(<ComparePassages group={group} onClose={vi.fn()} />);
    const bar = screen.getByTestId('compare-passages');
    expect(bar.textContent).toContain('→ 9 October (no year)');
    expect(bar.textContent).toContain('→ October (no year)');
    expect(bar.textContent).toContain('both true if 9 October (no year)');
    expect(bar.textContent).not.toMatch(RAW);
  });

  it('the "Link to another group" list names the dates in words', () => {
    if (!group) throw new Error('no group');
    render(
      <GroupingControls itemId="elsewhere" groups={[group]} onLink={vi.fn()} onUnlink={vi.fn()} />,
    );
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toContain(
      'date · Riverside warehouse fire · 9 October (no year) / October (no year)',
    );
    expect(options.join('\n')).not.toMatch(RAW);
  });
});
