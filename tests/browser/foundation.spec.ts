import { expect, test } from '@playwright/test';

test('the web build shows both articles side by side with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/index.html');

  const panes = page.getByTestId('source-pane');
  await expect(panes).toHaveCount(2);
  await expect(panes.nth(0).locator('.source-title')).toContainText(
    'ISKP intensifying online propaganda',
  );
  await expect(panes.nth(1).locator('.source-title')).toContainText('ISKP (2015-2024)');
  await expect(panes.nth(0).locator('.source-text')).toContainText('killed at least 143 people');
  // The PDF extraction reads as flowing paragraphs: the hard-wrapped phrase is one line of text.
  await expect(panes.nth(1).locator('.source-text')).toContainText(
    'more than 130 people were killed',
  );
  await expect(panes.nth(1).locator('.source-heading')).toHaveText([
    'Introduction',
    'ISKP Propaganda and Recruitment Strategy',
    'Russia’s Counter-terrorism Diplomacy',
    'Conclusion',
  ]);
  // Page chrome of the web capture is not part of the text.
  await expect(panes.nth(0).locator('.source-text')).not.toContainText('Translate');

  // Side by side: same row, left pane entirely left of the right one, each scrolls on its own.
  const left = await panes.nth(0).boundingBox();
  const right = await panes.nth(1).boundingBox();
  expect(left && right).toBeTruthy();
  expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x + 1);
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
  const scrollers = page.locator('.source-scroll');
  await scrollers.nth(1).evaluate((element) => element.scrollBy(0, 600));
  expect(await scrollers.nth(1).evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect(await scrollers.nth(0).evaluate((element) => element.scrollTop)).toBe(0);

  await page.screenshot({ path: 'test-results/screenshots/foundation-1280x800.png' });
  expect(problems).toEqual([]);
});

test('dark theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/index.html');
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 24, 28)');
  await page.screenshot({ path: 'test-results/screenshots/foundation-dark.png' });
});
