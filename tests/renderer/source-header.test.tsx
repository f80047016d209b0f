// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../core/model/source';
import { SourceHeader } from '../../renderer/components/SourceHeader';
import { dateLabel } from '../../renderer/components/format';
import { parseSourceFile } from '../../core/io/source-file';

afterEach(cleanup);

function sourceWith(front: string) {
  const result = parseSourceFile({ id: 's', content: `---\n${front}\n---\nBody text.` });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('SourceHeader', () => {
  it('shows title, subtitle, publisher, date and kind', () => {
    render(
      <SourceHeader
        source={sourceWith(
          'title: Moscow attack\nsubtitle: Second day\npublisher: Daily Test\npublished: 2024-03-24\ncapture: web-page',
        )}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Moscow attack');
    expect(screen.getByText('Second day')).toBeTruthy();
    expect(screen.getByText('Daily Test')).toBeTruthy();
    expect(screen.getByText('24 March 2024')).toBeTruthy();
    expect(screen.getByText('Web page capture')).toBeTruthy();
  });

  it('says what is unknown rather than leaving gaps, and marks an assigned title', () => {
    render(
      <SourceHeader
        source={sourceWith('title: Descriptive\ntitleAssigned: true\ncapture: pdf-text')}
      />,
    );
    expect(screen.getByText('Unknown')).toBeTruthy();
    expect(screen.getByText('Date unknown')).toBeTruthy();
    expect(screen.getByText('PDF text extraction')).toBeTruthy();
    expect(screen.getByText('(untitled)')).toBeTruthy();
  });
});

describe('dateLabel', () => {
  it.each<[SourceMetadata['published'], string]>([
    [null, 'Date unknown'],
    [undefined, 'Date unknown'],
    ['2024', '2024'],
    ['2024-03', 'March 2024'],
    ['2024-03-22', '22 March 2024'],
    ['--03-22', '22 March (no year)'],
    ['--03', 'March (no year)'],
    ['2022/2023', '2022 to 2023'],
    ['2024-03-22/2024-03-24', '22 March 2024 to 24 March 2024'],
    ['2024-13', '2024-13'],
    ['next week', 'next week'],
  ])('%s reads as %s', (date, expected) => {
    expect(dateLabel(date)).toBe(expected);
  });
});
