// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteDiff, diffQuotes } from '../../../renderer/compare';

afterEach(cleanup);

describe('QuoteDiff', () => {
  it('marks the changed word between two quotes', () => {
    const { container } = render(
      <QuoteDiff a="at least 143 people" b="at least 150 people" labelA="000" labelB="003" />,
    );
    const removed = [...container.querySelectorAll('del.quote-diff-removed')];
    const added = [...container.querySelectorAll('ins.quote-diff-added')];
    expect(removed.map((el) => el.textContent)).toEqual(['143']);
    expect(added.map((el) => el.textContent)).toEqual(['150']);
    expect(removed[0]?.getAttribute('title')).toBe('only in 000');
    expect(container.querySelector('.quote-diff-text')?.textContent).toBe('at least 143150 people');
    expect(screen.queryByText(/too different/)).toBeNull();
  });

  it('says when the quotes use the same words', () => {
    const { container } = render(
      <QuoteDiff a="13 American soldiers" b="13 American soldiers" labelA="a" labelB="b" />,
    );
    expect(container.querySelectorAll('del, ins')).toHaveLength(0);
    expect(screen.getByText(/same words/)).toBeTruthy();
  });

  it('shows both quotes plainly when the diff gives up (timeout)', () => {
    // Two long texts with no word in common and a 1 ms budget: jsdiff returns undefined.
    const words = (prefix: string) =>
      Array.from({ length: 20_000 }, (_, i) => `${prefix}${i.toString(36)}`).join(' ');
    const a = words('x');
    const b = words('y');
    expect(diffQuotes(a, b, 1)).toBeNull();
    const { container } = render(<QuoteDiff a={a} b={b} labelA="000" labelB="003" timeout={1} />);
    expect(screen.getByRole('note').textContent).toBe(
      'These quotes are too different to compare word by word.',
    );
    expect(container.querySelectorAll('del, ins')).toHaveLength(0);
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual([a, b]);
  });
});
