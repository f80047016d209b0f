import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, selectQuote } from './helpers';

test('save as, new project, open project: the claim comes back with the opened file', async ({
  page,
}) => {
  await openApp(page);
  await selectQuote(page, 0, 'at least 143 people');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(page.locator('.source-text .claim')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as…' }).click();
  const saved = await (await download).path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
    schemaVersion: 1,
    claims: [{ target: { quote: { exact: 'at least 143 people' } } }],
  });

  await page.getByRole('button', { name: 'New project' }).click();
  await expect(page.locator('.source-text .claim')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  await expect(page.locator('.source-text .claim')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project…' }).click();
  await (await chooser).setFiles(saved);
  await expect(page.locator('.source-text .claim')).toHaveText('at least 143 people');
  await page.reload();
  await expect(page.locator('.source-text .claim')).toHaveText('at least 143 people');
});

test('opening a file that is not a project keeps the current one', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open project…' }).click();
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
