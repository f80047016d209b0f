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

test('after A on a suggestion the focus moves to the next one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Suggestions/ }).click();
  const items = page.getByTestId('suggestions-panel').locator('.suggestion-item');
  const second = await items.nth(1).getAttribute('data-suggestion-id');
  await items.first().focus();
  await page.keyboard.press('a');
  await expect(page.locator('.suggestion-item:focus')).toHaveAttribute(
    'data-suggestion-id',
    second!,
  );
  // The keyboard keeps working from there: D dismisses the newly focused one.
  await page.keyboard.press('d');
  await expect(page.locator(`[data-suggestion-id="${second}"]`)).toHaveCount(0);
  await expect(page.locator('.suggestion-item:focus')).toHaveCount(1);
});

test('Esc lets go of a selection: no Tag claim button stays over the text', async ({ page }) => {
  await openApp(page);
  await selectQuote(page, 0, 'at least 143 people');
  await page.keyboard.press('t');
  await expect(page.locator('.tag-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tag-menu')).toHaveCount(0);
  await expect(page.locator('.tag-button')).toHaveCount(0);

  await selectQuote(page, 0, 'approximately 80 others');
  await page.keyboard.press('Escape');
  await expect(page.locator('.tag-button')).toHaveCount(0);
});

test('closing the compare bar restores the panes the analyst had', async ({ page }) => {
  await openApp(page);
  await paste(page, 'Harbour log', 'The harbour master wrote that 7 boats sank at dawn.');
  const before = await paneIds(page);
  expect(before).toHaveLength(2);

  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  await panel.getByRole('button', { name: /Show \d+ previews?/ }).click();
  const deaths = panel
    .locator('[data-group-id]', { hasText: 'more than 130' })
    .filter({ hasText: 'at least 143' });
  await deaths.getByRole('button', { name: 'Show passages' }).click();
  await expect(page.getByTestId('compare-passages')).toBeVisible();
  expect(await paneIds(page)).not.toEqual(before);

  await page.getByRole('button', { name: 'Close side by side' }).click();
  await expect(page.getByTestId('compare-passages')).toHaveCount(0);
  expect(await paneIds(page)).toEqual(before);
});

test('five panes stay readable: compact headers, a minimum width, sideways scrolling', async ({
  page,
}) => {
  await openApp(page);
  await paste(
    page,
    'Harbour bulletin from the coastguard office, issued in the early evening after the storm',
    'Coastguard officers said 12 boats sank in the harbour.',
  );
  await paste(page, 'Evening radio', 'A presenter said 14 boats sank overnight.');
  await paste(page, 'Night desk', 'Fishermen counted 9 boats lost.');
  for (let added = 0; added < 3; added += 1)
    await page.getByRole('button', { name: 'Add column' }).click();
  const panes = page.getByTestId('source-pane');
  await expect(panes).toHaveCount(5);

  const sizes = await panes.evaluateAll((nodes) =>
    nodes.map((node) => ({
      width: node.getBoundingClientRect().width,
      header: node.querySelector('.source-header')!.getBoundingClientRect().height,
    })),
  );
  for (const { width, header } of sizes) {
    expect(width).toBeGreaterThanOrEqual(300);
    // The header leaves most of the 800px window to the text.
    expect(header).toBeLessThan(200);
  }
  const row = page.locator('main.panes');
  const scrolls = await row.evaluate((node) => node.scrollWidth > node.clientWidth);
  expect(scrolls).toBe(true);

  // The notice of the last paste floats over the panes, clear of the side panel.
  const notice = await page.locator('.notice-toast').boundingBox();
  const side = await page.locator('.side-panel').boundingBox();
  expect(notice!.x + notice!.width).toBeLessThanOrEqual(side!.x);
  await page.screenshot({ path: 'test-results/screenshots/five-panes.png' });
});

test('a short name set in Edit details is how verdicts name the source', async ({ page }) => {
  await openApp(page);
  const left = page.getByTestId('source-pane').nth(0);
  await left.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source details' });
  await dialog.getByLabel('Short name').fill('Steppe desk');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  await panel.getByRole('button', { name: /Show \d+ previews?/ }).click();
  await expect(panel).toContainText('Steppe desk');

  // Kept in the project: it is still there after a reload.
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await left.getByRole('button', { name: 'Edit details' }).click();
  await expect(dialog.getByLabel('Short name')).toHaveValue('Steppe desk');
});

test('a click on an underlined suggestion places the caret: Shift+arrows then select from there', async ({
  page,
}) => {
  await openApp(page);
  const left = page.getByTestId('source-pane').nth(0);
  const underline = left.locator('.source-text .suggestion').first();
  await underline.click();
  // The suggestion is shown in its panel, but the focus stays in the text.
  await expect(page.getByTestId('suggestions-panel')).toBeVisible();
  await expect(left.locator('.source-text')).toBeFocused();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.tag-button')).toBeVisible();
});
