// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePaintedOnce } from '../../../renderer/app-state/use-painted-once';

afterEach(cleanup);

describe('usePaintedOnce', () => {
  it('is false for a new key until a frame has passed, then stays true for that key', async () => {
    const { result, rerender } = renderHook(({ key }) => usePaintedOnce(key), {
      initialProps: { key: 'harbour-project' },
    });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ key: 'harbour-project' });
    expect(result.current).toBe(true);

    rerender({ key: 'valley-project' });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('is false while there is nothing to show', async () => {
    const { result } = renderHook(() => usePaintedOnce(undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBe(false);
  });
});
