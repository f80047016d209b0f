/**
 * Code the bench installs in the page before the app runs: a long-task log, and a "painted" clock
 * that resolves after the frame following a DOM change (requestAnimationFrame, then a task, which
 * runs after that frame's paint). Runs in the browser: no imports, no closure over bench state.
 */
export function installProbes(): void {
  /** Rejects after a minute: a page that never shows what is awaited fails the run, not hangs it. */
  const withinAMinute = <T>(what: string, promise: Promise<T>): Promise<T> =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`bench: ${what} did not happen within 60 s`)), 60_000),
      ),
    ]);
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    /**
     * Time after the frame that first painted a node matching `selector` (with `text`, or a piece
     * of it: a highlight that another layer's highlight overlaps is drawn as several elements).
     */
    paintedAfter(selector: string, text: string | null, root: Node = document): Promise<number> {
      const holds = (element: Element) => {
        const shown = element.textContent ?? '';
        return text === null || (shown !== '' && text.includes(shown));
      };
      const matches = (node: Node): boolean => {
        if (!(node instanceof Element)) return false;
        const found = node.matches(selector) ? [node] : [...node.querySelectorAll(selector)];
        return found.some(holds);
      };
      return withinAMinute(
        `a paint of ${selector}`,
        new Promise((resolve) => {
          const done = () => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          };
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
              if (nodes.some(matches)) return done();
            }
          });
          observer.observe(root, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['class'],
          });
        }),
      );
    },
    /**
     * Resolves when the element matching `selector` says `text`, watched by a MutationObserver:
     * Playwright's own waiting polls the page every frame, which would add tasks of its own to
     * the autosave being measured.
     */
    textShown(selector: string, text: string): Promise<void> {
      const shows = () => document.querySelector(selector)?.textContent?.includes(text) === true;
      if (shows()) return Promise.resolve();
      return withinAMinute(
        `"${text}" in ${selector}`,
        new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!shows()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      );
    },
  };
  const opened = probe.paintedAfter('[data-testid="source-pane"] .source-text .claim', null);
  const suggested = probe.paintedAfter(
    '[data-testid="source-pane"] .source-text .suggestion',
    null,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { benchProbe: BenchProbe }).benchProbe = { ...probe, opened, suggested };
}

/** The probe's type, for page.evaluate callbacks. */
export type BenchProbe = {
  /** Resolves after the frame that first painted a highlight in the first pane. */
  opened: Promise<number>;
  /** Resolves after the frame that first painted a suggestion there (found in a worker). */
  suggested: Promise<number>;
  longTasks: { start: number; duration: number }[];
  paintedAfter(selector: string, text: string | null, root?: Node): Promise<number>;
  textShown(selector: string, text: string): Promise<void>;
};
