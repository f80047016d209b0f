import { expect, test, type Locator } from '@playwright/test';
import { openApp } from './helpers';

/** True when the element is inside its scrolling pane's visible area. */
async function inView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const scroller = node.closest('.source-scroll')!;
    const box = node.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  });
}

test('the disagreements panel flags 143 vs more than 130, and shows both passages side by side', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  // Nothing is tagged yet: the groups are previews of suggestions, shown apart on request.
  await panel.getByRole('button', { name: /Show \d+ previews?/ }).click();
  const deaths = panel
    .locator('[data-group-id]', { hasText: 'more than 130' })
    .filter({ hasText: 'at least 143' });
  await expect(deaths).toHaveCount(1);
  await expect(deaths).toContainText('compatible');
  await expect(deaths).toContainText('>= 143');
  // The group says why its claims share it; once the gazetteer has loaded (after the first
  // paint) the place they share is given too.
  await deaths.locator('summary', { hasText: 'Why' }).click();
  const why = deaths.locator('.compare-reasons');
  await expect(why).toContainText('measure: deaths');
  await expect(why).toContainText(/place: [^;]*Russia/, { timeout: 15_000 });

  // Flag markers sit beside the flagged words in both panes.
  const left = page.getByTestId('source-pane').nth(0);
  const right = page.getByTestId('source-pane').nth(1);
  await expect(left.locator('.source-text .flag', { hasText: 'at least 143' })).toHaveCount(1);
  await expect(right.locator('.source-text .flag', { hasText: 'more than 130' })).toHaveCount(1);

  await right.locator('.source-scroll').evaluate((node) => node.scrollTo(0, node.scrollHeight));
  await deaths.getByRole('button', { name: 'Show passages' }).click();
  const bar = page.getByTestId('compare-passages');
  await expect(bar).toContainText('at least 143');
  await expect(bar).toContainText('more than 130');
  // Both passages are brought into view and pulsed.
  const leftFlash = left.locator('.source-text .flash');
  const rightFlash = right.locator('.source-text .flash');
  await expect(leftFlash).toContainText('at least 143');
  await expect(rightFlash).toContainText('more than 130');
  expect(await inView(leftFlash.first())).toBe(true);
  expect(await inView(rightFlash.first())).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/compare.png' });
});

test('competing attributions are flagged; the rocket attacks of 2022 and 2023 (a series) are not', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  // Nothing is tagged yet: the groups are previews of suggestions, shown apart on request.
  await panel.getByRole('button', { name: /Show \d+ previews?/ }).click();
  await expect(panel.locator('[data-group-id]', { hasText: 'Ukraine' }).first()).toContainText(
    'conflict',
  );
  // The second article lists "the 2022 and 2023 rocket attacks": occurrences, not a contradiction.
  const rockets = panel
    .locator('[data-group-id]', { hasText: 'Uzbekistan and Tajikistan' })
    .filter({ hasText: '2023' });
  await expect(rockets).toHaveCount(1);
  await expect(rockets).not.toContainText('inconsistent');
});

test('the analyst splits a claim from its group, and undo brings the group back', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Suggestions/ }).click();
  // Both figures become claims: a pending suggestion only ever appears in a preview group.
  for (const figure of ['at least 143 people', 'more than 130']) {
    await page
      .getByTestId('suggestions-panel')
      .locator('.suggestion-item', { hasText: figure })
      .first()
      .getByRole('button', { name: 'Accept' })
      .click();
  }
  await page.getByRole('tab', { name: /Claims/ }).click();
  await page.locator('.claims-panel .claim-item', { hasText: 'at least 143 people' }).click();
  const grouping = page.getByRole('group', { name: 'Grouping' });
  await expect(grouping).toContainText('Grouped with 1 other claim (compatible)');
  await grouping.getByRole('button', { name: /split/ }).click();
  await expect(grouping).toContainText('Not grouped with any other claim');

  await page.getByRole('tab', { name: /Disagreements/ }).click();
  const panel = page.getByTestId('disagreements-panel');
  await expect(
    panel
      .locator('[data-group-id]', { hasText: 'more than 130' })
      .filter({ hasText: 'at least 143' }),
  ).toHaveCount(0);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(
    panel
      .locator('[data-group-id]', { hasText: 'more than 130' })
      .filter({ hasText: 'at least 143' }),
  ).toHaveCount(1);
});
