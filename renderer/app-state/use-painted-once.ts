import { useEffect, useState } from 'react';

/**
 * True once a frame has been painted since `key` first appeared. Work that can wait one frame
 * (grouping every claim of a project just opened) waits for it, so the analyst sees the text and
 * its highlights first and the groups a moment later, instead of everything after the grouping.
 */
export function usePaintedOnce(key: string | undefined): boolean {
  const [painted, setPainted] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (key === undefined || key === painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key, painted]);
  return key !== undefined && key === painted;
}
