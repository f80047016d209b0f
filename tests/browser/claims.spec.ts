import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { openApp, readRawProject, selectQuote, storeRawProject } from './helpers';

const schema = JSON.parse(
  readFileSync('schemas/corroborate-export-v1.schema.json', 'utf8'),
) as object;
const QUOTE = 'at least 143 people';

test('tag from the keyboard, survive a reload, undo and redo, export and import back', async ({
  page,
}) => {
  await openApp(page);
  const left = page.getByTestId('source-pane').nth(0);

  await selectQuote(page, 0, QUOTE);
  await page.keyboard.press('t');
  const menu = page.getByTestId('tag-menu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('1');
  await expect(menu.getByRole('button', { name: 'deaths' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();

  const highlight = left.locator('.source-text .claim.type-casualty');
  await expect(highlight).toHaveText(QUOTE);
  // Pre-filled from the selected words: the figure read as an interval.
  await expect(page.locator('.claims-panel .claim-item')).toContainText(
    'Casualty figure · deaths · >= 143',
  );
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  await page.reload();
  await expect(page.getByTestId('source-pane').nth(0).locator('.source-text .claim')).toHaveText(
    QUOTE,
  );

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(left.locator('.source-text .claim')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(left.locator('.source-text .claim')).toHaveText(QUOTE);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exportPath = await (await download).path();
  const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as {
    claims: { selectors: { type: string; exact?: string; start?: number }[] }[];
  };
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
  expect(exported.claims).toHaveLength(1);
  const selectors = exported.claims[0]!.selectors;
  expect(selectors.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(QUOTE);
  expect(selectors.find((s) => s.type === 'TextPositionSelector')?.start).toEqual(
    expect.any(Number),
  );

  // An empty project: clear the browser's storage and start again.
  await page.evaluate(
    () => new Promise((resolve) => (indexedDB.deleteDatabase('corroborate').onsuccess = resolve)),
  );
  await page.reload();
  await expect(page.locator('.source-text .claim')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await (await chooser).setFiles(exportPath);
  await expect(page.getByTestId('merge-counts')).toContainText('1 added');
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(left.locator('.source-text .claim')).toHaveText(QUOTE);

  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const reexported = JSON.parse(readFileSync(await (await again).path(), 'utf8')) as {
    claims: unknown[];
  };
  expect(reexported.claims).toEqual(exported.claims);
});

test('invalid JSON import is rejected with the reason and changes nothing', async ({ page }) => {
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "corroborate-export", "version": 1, "claims": ['),
  });
  await expect(page.getByRole('alert')).toContainText('broken.json was not imported');
  await expect(page.getByRole('alert')).toContainText('Your project is unchanged');
  await expect(page.locator('.source-text .claim')).toHaveCount(0);
});

for (const [name, stored, message] of [
  [
    'a corrupt project',
    '{"schemaVersion": 1, "claims": [ oops',
    /not valid JSON|could not be read|JSON/i,
  ],
  [
    'a project from a newer version',
    JSON.stringify({ schemaVersion: 99, id: 'p', name: 'Future', claims: [] }),
    /newer version/,
  ],
] as const) {
  test(`${name} shows an error and its bytes are never overwritten`, async ({ page }) => {
    await page.goto('/index.html');
    await storeRawProject(page, stored);
    await openApp(page);
    await expect(page.getByTestId('project-load-error')).toContainText(message);
    await expect(page.getByTestId('save-status')).toHaveText('Autosave off');

    await selectQuote(page, 0, QUOTE);
    await page.keyboard.press('t');
    await page.keyboard.press('Enter');
    await expect(page.locator('.source-text .claim')).toHaveCount(1);
    await page.waitForTimeout(1500); // longer than the autosave delay: a save would have happened
    expect(await readRawProject(page)).toBe(stored);
  });
}
