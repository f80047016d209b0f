import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { menuCommand, openApp } from './helpers';

// The layouts issue 10 asks to look at, at 1280x800, each checked for what made it unreadable
// before and saved to SHOTS for a person to look at.
test.use({ viewport: { width: 1280, height: 800 } });
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

/** Adds a pasted source (sentences written for this test) through the Add source menu. */
async function paste(page: Page, title: string, text: string): Promise<void> {
  await menuCommand(page, 'Add source', 'Paste text…');
  const dialog = page.getByRole('dialog', { name: 'Paste a source' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill(text);
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toHaveCount(0);
}

/** Four more reports of the concert hall toll: with the two articles, six voices in one group. */
const REPORTS: [string, string][] = [
  ['Evening wire', 'Rescuers said 146 people were killed in the attack on Crocus City Hall.'],
  ['Regional daily', 'The attack on Crocus City Hall killed 145 people, the governor said.'],
  ['Night bulletin', 'Medics said at least 140 people were killed at Crocus City Hall.'],
  ['Weekly review', 'The attack at Crocus City Hall killed about 150 people, a deputy said.'],
];

async function sixVoices(page: Page) {
  await openApp(page);
  for (const [title, text] of REPORTS) await paste(page, title, text);
  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  await panel.getByRole('button', { name: /Show \d+ previews?/ }).click();
  return panel
    .locator('[data-group-id]', { hasText: 'more than 130' })
    .filter({ hasText: 'at least 143' })
    .filter({ hasText: '146' });
}

test('two panes', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/two-panes.png` });
});

test('five panes', async ({ page }) => {
  await openApp(page);
  for (const [title, text] of REPORTS.slice(0, 3)) await paste(page, title, text);
  for (let added = 0; added < 3; added += 1)
    await page.getByRole('button', { name: 'Add column' }).click();
  await expect(page.getByTestId('source-pane')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/five-panes.png` });
});

test('the compare bar with six rows keeps its title and all six chart rows in view', async ({
  page,
}) => {
  const group = await sixVoices(page);
  await expect(group).toHaveCount(1);
  await group.getByRole('button', { name: 'Show passages' }).click();
  const bar = page.getByTestId('compare-passages');
  await expect(bar.locator('.compare-passages-sources > li')).toHaveCount(6);
  const rows = bar.locator('g.chart-row');
  await expect(rows).toHaveCount(6);
  await rows.nth(5).scrollIntoViewIfNeeded();
  const title = await bar.locator('.compare-passages-title').boundingBox();
  expect(title!.y).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/compare-six-rows.png` });
});

test('the report of six voices: every chart label whole, none cut at the left', async ({
  page,
}) => {
  await sixVoices(page);
  await page.getByRole('tab', { name: /Suggestions/ }).click();
  const acceptAll = page.getByRole('button', { name: /^Accept all Casualty figure suggestions/ });
  for (let left = await acceptAll.count(); left > 0; left = await acceptAll.count()) {
    await acceptAll.first().click();
    await expect(acceptAll).toHaveCount(left - 1);
  }
  const download = page.waitForEvent('download');
  await menuCommand(page, 'Export as…', 'Discrepancy report (HTML)');
  const html = readFileSync(await (await download).path(), 'utf8');
  // A blank page: the app's own Content-Security-Policy would block the report's inline style.
  await page.goto('about:blank');
  await page.setContent(html);
  const chart = page.locator('section.group', { hasText: 'at least 143' }).locator('svg').first();
  await chart.scrollIntoViewIfNeeded();
  const labels = await chart
    .locator('text[font-size="12"]')
    .evaluateAll((nodes) => nodes.map((node) => (node as SVGTextElement).getBBox().x));
  expect(labels.length).toBeGreaterThanOrEqual(6);
  for (const x of labels) expect(x).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/report.png` });
});
