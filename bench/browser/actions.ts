import type { Page } from '@playwright/test';
import type { BenchProbe } from './probes';
import { longTasksBetween } from './session';

type ProbeWindow = Window & {
  benchProbe: BenchProbe;
  benchMark?: number;
  benchPainted?: Promise<number>;
};

const FIRST_PANE_CLAIM = '[data-testid="source-pane"] .source-text .claim';

/** Navigation start to the frame after the first pane's text and highlights appeared. */
export async function openToPainted(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/index.html`);
  await page.locator(FIRST_PANE_CLAIM).first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.opened);
}

/**
 * Navigation start to the frame after the first pane's suggestions appeared (a long source's are
 * found in a Web Worker after the text is shown), so tagging is measured on a settled page.
 */
export async function suggestionsPainted(page: Page): Promise<number> {
  await page
    .locator('[data-testid="source-pane"] .source-text .suggestion')
    .first()
    .waitFor({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe.suggested);
}

/**
 * Selects two untagged words in the first pane (the `nth` stretch of plain text between
 * highlights), as a drag would, and returns them.
 */
async function selectPlainWords(page: Page, nth: number): Promise<string> {
  const quote = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="source-pane"] .source-text')!;
    (root as HTMLElement).focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.claim')) continue;
      const match = /[A-Za-z]{4,} [A-Za-z]{4,}/.exec(node.textContent ?? '');
      if (!match || (seen += 1) < wanted) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return match[0];
    }
    return null;
  }, nth);
  if (!quote) throw new Error('no untagged words to select');
  await page.locator('.tag-button').waitFor();
  return quote;
}

/** Enter in the tag menu to the frame after the new highlight; then until autosave finished. */
export async function tagToPainted(page: Page, nth: number) {
  const quote = await selectPlainWords(page, nth);
  await page.keyboard.press('t');
  await page.getByTestId('tag-menu').waitFor();
  await page.keyboard.press('1');
  await page.evaluate((words) => {
    const probeWindow = window as unknown as ProbeWindow;
    probeWindow.benchPainted = probeWindow.benchProbe.paintedAfter('.source-text .claim', words);
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter') probeWindow.benchMark = performance.now();
      },
      { capture: true, once: true },
    );
  }, quote);
  await page.keyboard.press('Enter');
  const [start, painted] = await page.evaluate(async () => {
    const probeWindow = window as unknown as ProbeWindow;
    const end = await probeWindow.benchPainted!;
    return [probeWindow.benchMark!, end] as const;
  });
  const saved = await page.evaluate(async () => {
    const probeWindow = window as unknown as ProbeWindow;
    await probeWindow.benchProbe.textShown('[data-testid="save-status"]', 'All changes saved');
    return performance.now();
  });
  return {
    ms: painted - start,
    tagTasks: await longTasksBetween(page, start, painted),
    saveTasks: await longTasksBetween(page, painted, saved),
  };
}

/** A click on the `nth` row of the Claims panel to the frame after its highlight is selected. */
export async function selectToPainted(page: Page, nth: number): Promise<number> {
  const row = page.locator('.claims-panel .claim-item').nth(nth);
  // The panel may redraw its rows (the groups of the tag before arriving) while Playwright
  // scrolls one into view: the row it held is then detached, and the next try finds the new one.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await row.scrollIntoViewIfNeeded();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await page.evaluate(() => {
    const probeWindow = window as unknown as ProbeWindow;
    probeWindow.benchPainted = probeWindow.benchProbe.paintedAfter(
      '.source-text .claim.selected',
      null,
    );
    window.addEventListener('click', () => (probeWindow.benchMark = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await row.click();
  return page.evaluate(async () => {
    const probeWindow = window as unknown as ProbeWindow;
    const end = await probeWindow.benchPainted!;
    return end - probeWindow.benchMark!;
  });
}

/**
 * Waits until the page has run no long task for `quietMs` (at most `maxMs`): the moment after
 * opening when one-off work (the gazetteer's arrival and the regrouping it brings, the first
 * save) is over, so the next tag measures the steady state.
 */
export async function settled(page: Page, quietMs = 1000, maxMs = 15_000): Promise<void> {
  await page.evaluate(
    async ([quiet, max]) => {
      const probe = (window as unknown as ProbeWindow).benchProbe;
      const started = performance.now();
      for (;;) {
        const last = probe.longTasks.reduce(
          (end, task) => Math.max(end, task.start + task.duration),
          0,
        );
        const now = performance.now();
        if (now - last >= quiet || now - started >= max) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    [quietMs, maxMs] as const,
  );
}

/**
 * Scrolls the first pane's text a screenful a frame for `frames` frames (a fast wheel or a held
 * Page Down), from the top of the text: returns when it started and ended and the longest
 * interval between two frames meanwhile (16.7 ms at 60 frames a second).
 */
export async function scrollFrames(page: Page, frames = 60) {
  return page.evaluate(async (count) => {
    const box = document.querySelector('[data-testid="source-pane"] .source-scroll');
    if (!box) throw new Error('bench: no source pane to scroll');
    box.scrollTop = 0;
    const start = performance.now();
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        stamps.push(now);
        if (stamps.length > count) return resolve();
        box.scrollTop += box.clientHeight;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const gaps = stamps.slice(1).map((stamp, index) => stamp - stamps[index]!);
    return { start, end: performance.now(), longestFrame: Math.max(...gaps) };
  }, frames);
}
