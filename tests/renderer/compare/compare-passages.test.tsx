// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePassages } from '../../../renderer/compare';
import { SOURCES_BY_ID, sampleGroups } from './fixtures';

afterEach(cleanup);

function groupFor(measure: string) {
  const group = sampleGroups().find((g) => g.measure === measure);
  if (!group) throw new Error(measure);
  return group;
}

describe('ComparePassages', () => {
  it('lists each source with its quote and value, the verdict and the overlap', () => {
    render(
      <ComparePassages group={groupFor('deaths')} sourcesById={SOURCES_BY_ID} onClose={vi.fn()} />,
    );
    const bar = screen.getByTestId('compare-passages');
    expect(within(bar).getByRole('heading').textContent).toBe('deaths · Crocus City Hall');
    expect(bar.querySelector('.verdict-badge')?.textContent).toContain('compatible');
    expect(within(bar).getByText('both true if >= 143')).toBeTruthy();
    const passages = within(within(bar).getByRole('list', { name: 'Passages' })).getAllByRole(
      'listitem',
    );
    expect(passages.map((li) => li.textContent)).toEqual([
      '000 · Date unknown: at least 143 people → at least 143',
      '003 · Date unknown: more than 130 people → more than 130',
    ]);
  });

  it('shows the word diff between the voices and the interval chart', () => {
    const { container } = render(
      <ComparePassages group={groupFor('deaths')} sourcesById={SOURCES_BY_ID} onClose={vi.fn()} />,
    );
    expect([...container.querySelectorAll('del')].map((el) => el.textContent)).toEqual([
      'at least 143',
    ]);
    expect([...container.querySelectorAll('ins')].map((el) => el.textContent)).toEqual([
      'more than 130',
    ]);
    const chart = screen.getByTestId('interval-chart');
    expect(chart.querySelectorAll('g.chart-row')).toHaveLength(2);
    expect(chart.querySelector('[data-testid="chart-overlap"]')).toBeTruthy();
  });

  it('draws no chart for a group without figures', () => {
    render(
      <ComparePassages group={groupFor('date')} sourcesById={SOURCES_BY_ID} onClose={vi.fn()} />,
    );
    expect(screen.queryByTestId('interval-chart')).toBeNull();
  });

  it('closes from the button and from Escape', () => {
    const onClose = vi.fn();
    render(<ComparePassages group={groupFor('injured')} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close side by side' }));
    fireEvent.keyDown(screen.getByTestId('compare-passages'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it.each<[string, string, string]>([
    ['a handle that repeats the title is not written twice', 'evening-wire', 'Evening wire'],
    ['a handle that adds something is kept', '000_16df6a53eee4503d', '000 Evening wire'],
  ])('chart labels: %s', (_, sourceId, label) => {
    const deaths = groupFor('deaths');
    const group = {
      ...deaths,
      items: deaths.items.map((item) => ({ ...item, sourceId, sourceName: 'Evening wire' })),
    };
    const metadata = { ...SOURCES_BY_ID.values().next().value!, title: 'Evening wire' };
    render(
      <ComparePassages
        group={group}
        sourcesById={new Map([[sourceId, metadata]])}
        onClose={vi.fn()}
      />,
    );
    const labels = [...screen.getByTestId('interval-chart').querySelectorAll('g.chart-row')].map(
      (row) => row.getAttribute('data-label'),
    );
    expect(labels[0]).toBe(label);
  });
});
