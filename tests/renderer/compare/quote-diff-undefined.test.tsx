// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Diff from 'diff';

// jsdiff returns undefined when its timeout or maxEditLength is reached; force that outcome.
vi.mock('diff', async (importOriginal) => ({
  ...(await importOriginal<typeof Diff>()),
  diffWords: vi.fn(() => undefined),
}));

const { QuoteDiff } = await import('../../../renderer/compare/QuoteDiff');
const { diffWords } = await import('diff');

afterEach(cleanup);

describe('QuoteDiff when jsdiff returns undefined', () => {
  it('passes a timeout and falls back to the plain quotes with a note', () => {
    const { container } = render(
      <QuoteDiff a="at least 143 people" b="at least 150 people" labelA="000" labelB="003" />,
    );
    expect(diffWords).toHaveBeenCalledWith('at least 143 people', 'at least 150 people', {
      timeout: 50,
    });
    expect(screen.getByText(/too different to compare word by word/)).toBeTruthy();
    expect(container.querySelectorAll('del, ins')).toHaveLength(0);
    expect(container.textContent).toContain('000: at least 143 people');
    expect(container.textContent).toContain('003: at least 150 people');
  });
});
