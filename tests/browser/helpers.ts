import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Every entry of the app's IndexedDB as key -> text. The app writes each text as a record (a
 * stamp and the text as a Blob, renderer/host/indexeddb-store.ts); a plain string, as an older
 * version or storeRawProject leaves it, is read as it is.
 */
export async function readStoredEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('corroborate', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('projects');
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      request.onsuccess = () => resolve(request.result);
    });
    const [keys, values] = await new Promise<[IDBValidKey[], unknown[]]>((resolve, reject) => {
      const store = database.transaction('projects', 'readonly').objectStore('projects');
      const keyRequest = store.getAllKeys();
      const valueRequest = store.getAll();
      valueRequest.onsuccess = () => resolve([keyRequest.result, valueRequest.result]);
      valueRequest.onerror = () => reject(valueRequest.error ?? new Error('IndexedDB read failed'));
    });
    database.close();
    const out: Record<string, string> = {};
    for (const [index, key] of keys.entries()) {
      const value = values[index];
      if (typeof key !== 'string') continue;
      if (typeof value === 'string') out[key] = value;
      else if (
        value &&
        typeof value === 'object' &&
        (value as { text?: unknown }).text instanceof Blob
      )
        out[key] = await (value as { text: Blob }).text.text();
    }
    return out;
  });
}

/** Reads the stored project text (null when there is none). */
export async function readRawProject(page: Page): Promise<string | null> {
  return (await readStoredEntries(page))['default'] ?? null;
}

/**
 * Adds a source through Add source > Paste text…; the pane that shows it. `setValue` puts a long
 * text in the (uncontrolled) text box directly instead of filling it as typing would.
 */
export async function pasteSource(
  page: Page,
  title: string,
  text: string,
  { setValue = false } = {},
): Promise<Locator> {
  await menuCommand(page, 'Add source', 'Paste text…');
  const dialog = page.getByRole('dialog', { name: 'Paste a source' });
  await dialog.getByLabel('Title').fill(title);
  const box = dialog.getByLabel('Text');
  if (setValue)
    await box.evaluate((area, value) => ((area as HTMLTextAreaElement).value = value), text);
  else await box.fill(text);
  await dialog.getByRole('button', { name: 'Add source' }).click();
  const pane = page
    .getByTestId('source-pane')
    .filter({ has: page.locator('.source-title', { hasText: title }) });
  await expect(pane).toHaveCount(1);
  return pane;
}

/** Picks a command from a toolbar menu ("Project", "Add source", "Export as…"). */
export async function menuCommand(page: Page, menu: string, item: string): Promise<void> {
  await page.locator('.menu-button summary', { hasText: menu }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
