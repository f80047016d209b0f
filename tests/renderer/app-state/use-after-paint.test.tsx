// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../../renderer/app-state/use-after-paint';

afterEach(cleanup);

describe('useAfterPaint', () => {
  it('gives each value one frame after it appeared, and keeps it while it stays', async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 'harbour-project' },
    });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('harbour-project'));
    rerender({ value: 'harbour-project' });
    expect(result.current).toBe('harbour-project');

    rerender({ value: 'valley-project' });
    expect(result.current).toBe('harbour-project');
    await waitFor(() => expect(result.current).toBe('valley-project'));
  });

  it('skips a value replaced before its frame', async () => {
    const seen: (string | undefined)[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const painted = useAfterPaint(value);
        seen.push(painted);
        return painted;
      },
      { initialProps: { value: 'first tag' } },
    );
    rerender({ value: 'second tag' });
    await waitFor(() => expect(result.current).toBe('second tag'));
    expect(seen).not.toContain('first tag');
  });
});
