import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('suggestions: accept one, dismiss one (remembered), accept all of a type', async ({
  page,
}) => {
  await openApp(page);
  const left = page.getByTestId('source-pane').nth(0);
  // Suggestions are drawn as dashed underlines in the text.
  await expect(left.locator('.source-text .suggestion.type-casualty')).toHaveCount(3);

  await page.getByRole('tab', { name: /Suggestions/ }).click();
  const panel = page.getByTestId('suggestions-panel');
  const death = panel.locator('.suggestion-item', { hasText: 'at least 143 people' });
  await expect(death).toContainText('deaths');
  await death.getByRole('button', { name: 'Accept' }).click();
  await expect(left.locator('.source-text .claim.type-casualty')).toHaveText('at least 143 people');
  await expect(death).toHaveCount(0);

  // Keyboard: focus a suggestion, D dismisses it.
  const injured = panel.locator('.suggestion-item', { hasText: 'approximately 80 others' });
  await injured.focus();
  await page.keyboard.press('d');
  await expect(injured).toHaveCount(0);

  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await page.getByRole('tab', { name: /Suggestions/ }).click();
  await expect(
    panel.locator('.suggestion-item', { hasText: 'approximately 80 others' }),
  ).toHaveCount(0);
  await expect(page.getByTestId('source-pane').nth(0).locator('.source-text .claim')).toHaveText(
    'at least 143 people',
  );

  // The first source's Count suggestions (each source's sections come in the panel's order).
  const counts = panel.locator('.suggestion-type', { hasText: 'Count' }).first();
  const before = await counts.locator('.suggestion-item').count();
  expect(before).toBeGreaterThan(1);
  await counts.getByRole('button', { name: /Accept all Count/ }).click();
  await expect(
    page.getByTestId('source-pane').nth(0).locator('.source-text .claim.type-count'),
  ).toHaveCount(before);

  // One undo step takes back the whole "accept all".
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(
    page.getByTestId('source-pane').nth(0).locator('.source-text .claim.type-count'),
  ).toHaveCount(0);
});
