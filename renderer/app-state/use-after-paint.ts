import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it was when a frame last painted: undefined at first, then each new value one painted
 * frame after it appeared. Work that can wait a frame (grouping every claim again after a tag, or
 * of a project just opened) reads this instead of the live value, so the analyst sees the change
 * or the text first and the groups a moment later, instead of everything after the grouping.
 * A value replaced before its frame is skipped for the newer one.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [painted, setPainted] = useState<{ value: T } | undefined>(undefined);
  const current = painted !== undefined && painted.value === value;
  useEffect(() => {
    if (current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted({ value })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, current]);
  return painted?.value;
}
