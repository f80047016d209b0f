// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisagreementsPanel } from '../../../renderer/compare';
import { SOURCES_BY_ID, sampleGroups } from './fixtures';

afterEach(cleanup);

function renderPanel(onShowGroup = vi.fn()) {
  const groups = sampleGroups();
  render(
    <DisagreementsPanel groups={groups} sourcesById={SOURCES_BY_ID} onShowGroup={onShowGroup} />,
  );
  const panel = screen.getByTestId('disagreements-panel');
  const rows = () => [...panel.querySelectorAll<HTMLElement>('[data-group-id]')];
  const measures = () => rows().map((row) => row.querySelector('.compare-measure')?.textContent);
  return { groups, panel, rows, measures, onShowGroup };
}

describe('DisagreementsPanel', () => {
  it('lists flagged groups first (conflict, inconsistent, compatible) and hides the rest', () => {
    const { measures, panel } = renderPanel();
    expect(measures()).toEqual(['injured', 'hostages', 'deaths']);
    const list = within(panel).getByRole('list', { name: 'Flagged groups' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.groupId),
    ).toHaveLength(3);
    expect(screen.getByText('3 flagged of 5 groups')).toBeTruthy();
  });

  it('shows agreeing and single groups under a toggle', () => {
    const { measures } = renderPanel();
    const toggle = screen.getByRole('button', { name: /show 2 agreeing or single-source groups/i });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(measures()).toEqual(['injured', 'hostages', 'deaths', 'arrests', 'date']);
    expect(screen.getByRole('list', { name: 'Agreeing and single-source groups' })).toBeTruthy();
  });

  it('shows values per source, the overlap and badges with text', () => {
    const { rows } = renderPanel();
    const deaths = rows().find((row) => row.dataset.groupId?.startsWith('deaths')) as HTMLElement;
    const values = within(deaths).getByRole('list', { name: 'Values by source' });
    expect(
      within(values)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['000 B: at least 143', '003: more than 130']); // 000 is rated B in the fixtures
    expect(within(deaths).getByText('both true if >= 143')).toBeTruthy();
    expect(within(deaths).getByText('Crocus City Hall', { exact: false })).toBeTruthy();
    expect(deaths.querySelector('.verdict-badge')?.textContent).toContain('compatible');
    // The source's title, date and reliability travel as the abbreviation's title.
    expect(within(deaths).getByText('000').getAttribute('title')).toBe(
      'Perspectives: ISKP intensifying online propaganda, date unknown, reliability B',
    );

    const hostages = rows().find((row) =>
      row.dataset.groupId?.startsWith('hostages'),
    ) as HTMLElement;
    const badges = [...hostages.querySelectorAll('.verdict-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['·single', '!inconsistent']);
    expect(hostages.querySelector('.compare-inconsistency')?.textContent).toBe(
      'ISKP (2015-2024): propagand… gives values that cannot all be true: 13 vs 17',
    );

    const injured = rows().find((row) => row.dataset.groupId?.startsWith('injured')) as HTMLElement;
    expect(within(injured).getByText('cannot both be true')).toBeTruthy();
  });

  it.each([
    ['conflict', ['injured']],
    ['inconsistent', ['hostages']],
    ['compatible', ['deaths']],
    ['agree', ['arrests']],
    ['single', ['hostages', 'date']],
    ['revision', []],
  ])('filters by verdict %s', (verdict, expected) => {
    const { measures } = renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by verdict' }), {
      target: { value: verdict },
    });
    expect(measures()).toEqual(expected);
  });

  it('filters by measure, and says when nothing matches', () => {
    const { measures } = renderPanel();
    const measure = screen.getByRole('combobox', { name: 'Filter by measure' });
    expect([...measure.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All measures',
      'arrests',
      'date',
      'deaths',
      'hostages',
      'injured',
    ]);
    fireEvent.change(measure, { target: { value: 'deaths' } });
    expect(measures()).toEqual(['deaths']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by verdict' }), {
      target: { value: 'conflict' },
    });
    expect(measures()).toEqual([]);
    expect(screen.getByText('No groups match these filters.')).toBeTruthy();
  });

  it('calls onShowGroup with the group id from "Show passages"', () => {
    const { rows, onShowGroup, groups } = renderPanel();
    const deaths = rows().find((row) => row.dataset.groupId?.startsWith('deaths')) as HTMLElement;
    fireEvent.click(within(deaths).getByRole('button', { name: 'Show passages' }));
    const id = groups.find((group) => group.measure === 'deaths')?.id;
    expect(onShowGroup).toHaveBeenCalledExactlyOnceWith(id);
    expect(deaths.dataset.groupId).toBe(id);
  });

  it('says so when there is nothing to compare yet', () => {
    render(<DisagreementsPanel groups={[]} sourcesById={SOURCES_BY_ID} onShowGroup={vi.fn()} />);
    expect(screen.getByText(/No groups yet/)).toBeTruthy();
  });
});

describe('DisagreementsPanel: reliability and credibility', () => {
  it('shows the source reliability and the claims credibility beside each value', () => {
    const groups = sampleGroups();
    const deaths = groups.find((group) => group.measure === 'deaths')!;
    const [first] = deaths.items;
    const rated = new Map(
      [...SOURCES_BY_ID].map(([id, source]) => [
        id,
        id === first!.sourceId ? { ...source, reliability: 'B' as const } : source,
      ]),
    );
    render(
      <DisagreementsPanel
        groups={groups}
        sourcesById={rated}
        onShowGroup={vi.fn()}
        credibilityById={new Map([[first!.id, 2]])}
      />,
    );
    const row = screen
      .getByTestId('disagreements-panel')
      .querySelector<HTMLElement>(`[data-group-id="${deaths.id}"]`)!;
    const line = [...row.querySelectorAll('.compare-value')].find((li) =>
      li.textContent?.includes('credibility'),
    );
    expect(line?.textContent).toContain('credibility 2');
    expect(line?.querySelector('.reliability')?.textContent).toBe('B');
  });
});

describe('DisagreementsPanel: groups from suggestions', () => {
  it('shows suggestion previews apart, with their own count, never in the flagged count', () => {
    const [first, ...rest] = sampleGroups();
    const claims = rest;
    const previews = [{ ...first!, id: `suggested-${first!.id}`, fromSuggestions: true }];
    render(
      <DisagreementsPanel
        groups={claims}
        fromSuggestions={previews}
        sourcesById={SOURCES_BY_ID}
        onShowGroup={vi.fn()}
      />,
    );
    const flaggedInClaims = claims.filter(
      (group) => ['conflict', 'compatible'].includes(group.verdict) || group.inconsistent,
    ).length;
    expect(screen.getByText(`${flaggedInClaims} flagged of ${claims.length} groups`)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'From suggestions (1)' });
    expect(within(section).queryByRole('list')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: /show 1 preview/i }));
    const list = within(section).getByRole('list', { name: 'Groups from suggestions' });
    expect(list.querySelector(`[data-group-id="suggested-${first!.id}"]`)).toBeTruthy();
    const flaggedList = screen.queryByRole('list', { name: 'Flagged groups' });
    expect(flaggedList?.querySelector('[data-group-id^="suggested-"]') ?? null).toBeNull();
  });

  it('has no section when there are no previews', () => {
    render(
      <DisagreementsPanel
        groups={sampleGroups()}
        sourcesById={SOURCES_BY_ID}
        onShowGroup={vi.fn()}
      />,
    );
    expect(screen.queryByText(/From suggestions/)).toBeNull();
  });
});
