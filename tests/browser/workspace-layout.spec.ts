import { expect, test, type Page } from '@playwright/test';
import { menuCommand, openApp, selectQuote } from './helpers';

/** Adds a pasted source (sentences written for this test) through the Add source menu. */
async function paste(page: Page, title: string, text: string): Promise<void> {
  await menuCommand(page, 'Add source', 'Paste text…');
  const dialog = page.getByRole('dialog', { name: 'Paste a source' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill(text);
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toHaveCount(0);
}

const paneIds = (page: Page) =>
  page
    .getByTestId('source-pane')
    .evaluateAll((panes) => panes.map((pane) => (pane as HTMLElement).dataset.sourceId));

test('explore', async ({ page }) => {
  await openApp(page);
  await paste(page, 'Harbour bulletin from the coastguard office in the early evening', 'Coastguard officers said 12 boats sank in the harbour.');
  await paste(page, 'Evening radio', 'A presenter said 14 boats sank overnight.');
  await paste(page, 'Night desk', 'Fishermen counted 9 boats lost.');
  await page.screenshot({ path: 'test-results/explore-1.png' });
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Add column' }).click();
  await page.screenshot({ path: 'test-results/explore-5.png' });
  console.log(await paneIds(page));
});

test('explore2', async ({ page }) => {
  await openApp(page);
  await selectQuote(page, 0, 'at least 143 people');
  await page.keyboard.press('t');
  await expect(page.locator('.tag-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tag-menu')).toHaveCount(0);
  await page.waitForTimeout(300);
  console.log('tag buttons after esc in menu', await page.locator('.tag-button').count());
  await selectQuote(page, 0, 'approximately 80 others');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  console.log('tag buttons after esc in text', await page.locator('.tag-button').count());
  await page.screenshot({ path: 'test-results/explore-esc.png' });
});
