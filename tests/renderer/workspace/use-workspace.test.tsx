// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../renderer/host/host';
import type { Project } from '../../../core/model/project';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  useWorkspace,
} from '../../../renderer/workspace/use-workspace';
import { historyFormat } from '../../../renderer/host/lazy-formats';

afterEach(cleanup);
beforeEach(async () => {
  // The history format is a chunk of its own; fetched here, the steps below time only the hook.
  await historyFormat();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A host whose project writes finish only when the test says so. */
function slowHost() {
  const writes: { project: Project; finish: () => void }[] = [];
  const host = {
    kind: 'browser',
    loadProject: () => Promise.resolve({ status: 'empty' }),
    loadUndoHistory: () => Promise.resolve(null),
    saveUndoHistory: () => Promise.resolve(),
    saveProject: (project: Project) =>
      new Promise<void>((resolve) => {
        writes.push({ project, finish: resolve });
      }),
  } as unknown as Host;
  return { host, writes };
}

/** The write waits for the next painted frame after the delay; fake frames come every 16 ms. */
const SAVE_MS = AUTOSAVE_DELAY_MS + 20;

/** One array for every render: a new one each time would reload the project each render. */
const NO_SOURCES = [] as const;

const rename = (name: string) => (project: Project) => ({ ...project, name });

async function settle(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useWorkspace autosave status', () => {
  it('stays pending when an edit lands while the previous write is in flight', async () => {
    const { host, writes } = slowHost();
    const { result } = renderHook(() => useWorkspace(host, NO_SOURCES));
    await settle();
    act(() => result.current?.change('Rename', rename('First')));
    await settle(SAVE_MS);
    expect(writes.map((write) => write.project.name)).toEqual(['First']);

    act(() => result.current?.change('Rename', rename('Second')));
    await act(async () => {
      writes[0]?.finish();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current?.save.state).toBe('pending');

    await settle(SAVE_MS);
    expect(writes.map((write) => write.project.name)).toEqual(['First', 'Second']);
    await act(async () => {
      writes[1]?.finish();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current?.save.state).toBe('saved');
  });

  it('says saved once the only pending edit is written', async () => {
    const { host, writes } = slowHost();
    const { result } = renderHook(() => useWorkspace(host, NO_SOURCES));
    await settle();
    act(() => result.current?.change('Rename', rename('Only')));
    expect(result.current?.save.state).toBe('pending');
    await settle(SAVE_MS);
    expect(result.current?.save.state).toBe('pending');
    await act(async () => {
      writes.at(-1)?.finish();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current?.save.state).toBe('saved');
  });
});

describe('useWorkspace autosave under a steady stream of edits', () => {
  it.each([100, 250, AUTOSAVE_DELAY_MS - 50])(
    'an edit every %i ms is written at most AUTOSAVE_MAX_WAIT_MS after it was made',
    async (gap) => {
      const { host, writes } = slowHost();
      const { result } = renderHook(() => useWorkspace(host, NO_SOURCES));
      await settle();
      const made: number[] = [];
      for (let edit = 0; made.length === 0 || Date.now() - made[0]! < 3_000; edit += 1) {
        made.push(Date.now());
        act(() => result.current?.change('Rename', rename(`Edit ${edit}`)));
        await settle(gap);
        // Writes finish at once; what matters is when they start.
        await act(async () => {
          for (const write of writes) write.finish();
          await vi.advanceTimersByTimeAsync(0);
        });
        const written = writes.at(-1)?.project.name ?? 'none';
        const due = made.filter((at) => Date.now() - at >= AUTOSAVE_MAX_WAIT_MS).length;
        if (due > 0) expect(Number(written.replace('Edit ', ''))).toBeGreaterThanOrEqual(due - 1);
      }
      expect(writes.length).toBeGreaterThan(1);
    },
  );
});
