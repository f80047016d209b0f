import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, selectQuote, menuCommand } from './helpers';

test('save as, new project, open project: the claim comes back with the opened file', async ({
  page,
}) => {
  await openApp(page);
  await selectQuote(page, 0, 'at least 143 people');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(page.locator('.source-text .claim')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await menuCommand(page, 'Project', 'Save as…');
  const saved = await (await download).path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
    schemaVersion: 1,
    claims: [{ target: { quote: { exact: 'at least 143 people' } } }],
  });

  await menuCommand(page, 'Project', 'New project');
  await expect(page.locator('.source-text .claim')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  await expect(page.locator('.source-text .claim')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Project', 'Open project…');
  await (await chooser).setFiles(saved);
  await expect(page.locator('.source-text .claim')).toHaveText('at least 143 people');
  await page.reload();
  await expect(page.locator('.source-text .claim')).toHaveText('at least 143 people');
});

test('opening a file that is not a project keeps the current one', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Project', 'Open project…');
  await (
    await chooser
  ).setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.json');
  await expect(page.getByRole('alert')).toContainText('Your current project is unchanged');
});

test('source details: publisher, date and reliability are edited, shown and kept', async ({
  page,
}) => {
  await openApp(page);
  const left = page.getByTestId('source-pane').nth(0);
  await left.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source details' });
  await dialog.getByLabel('Publisher').fill('Caspian Monitor');
  await dialog.getByLabel('Published').fill('2024-13-40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('YYYY-MM-DD');
  await dialog.getByLabel('Published').fill('2024-06-30');
  await dialog.getByLabel('Source reliability (Admiralty code)').selectOption('B');
  await dialog.getByLabel('Colour').selectOption({ label: 'Teal' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(left.locator('.source-header')).toContainText('Caspian Monitor');
  await expect(left.locator('.source-header')).toContainText('30 June 2024');
  await expect(left.locator('.source-header')).toContainText('Reliability');
  await expect(page.locator('.claims-panel h3').first()).toContainText('B');
  // The colour is applied through the CSSOM, which the strict CSP allows (no style attributes).
  expect(await left.evaluate((pane) => getComputedStyle(pane).borderTopColor)).toBe(
    'rgb(15, 138, 138)',
  );

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('source-pane').nth(0).locator('.source-header')).toContainText(
    'Caspian Monitor',
  );
  // The text itself is untouched: still the shipped article.
  await expect(page.getByTestId('source-pane').nth(0).locator('.source-text')).toContainText(
    'killed at least 143 people',
  );
});
