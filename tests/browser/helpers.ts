import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until both panes and the project are ready. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/index.html');
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toBeVisible();
}

/** Selects the first occurrence of `quote` inside a pane's text, as a mouse drag would. */
export async function selectQuote(page: Page, paneIndex: number, quote: string): Promise<void> {
  const editor = page.getByTestId('source-pane').nth(paneIndex).locator('.source-text');
  await editor.focus();
  const found = await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index >= 0) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      }
    }
    return false;
  }, quote);
  expect(found, `"${quote}" is in pane ${paneIndex}`).toBe(true);
  // The app has seen the selection once it offers to tag it.
  await expect(page.locator('.tag-button')).toBeVisible();
}

/** Writes raw text as the stored project, as a crash or another version could have left it. */
export async function storeRawProject(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('corroborate', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('projects');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
        request.onsuccess = () => {
          const transaction = request.result.transaction('projects', 'readwrite');
          transaction.objectStore('projects').put(value, 'default');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () =>
            reject(transaction.error ?? new Error('IndexedDB write failed'));
        };
      }),
    text,
  );
}

/** Reads the stored project text (null when there is none). */
export async function readRawProject(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('corroborate', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('projects');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
        request.onsuccess = () => {
          const get = request.result
            .transaction('projects', 'readonly')
            .objectStore('projects')
            .get('default');
          get.onsuccess = () => {
            request.result.close();
            resolve(typeof get.result === 'string' ? get.result : null);
          };
          get.onerror = () => reject(get.error ?? new Error('IndexedDB read failed'));
        };
      }),
  );
}

/** Picks a command from a toolbar menu ("Project", "Add source", "Export as…"). */
export async function menuCommand(page: Page, menu: string, item: string): Promise<void> {
  await page.locator('.menu-button summary', { hasText: menu }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
