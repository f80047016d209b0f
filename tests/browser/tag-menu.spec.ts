import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

test('the tag menu fits the window when the selection is at the bottom edge', async ({ page }) => {
  await openApp(page);
  const editor = page.getByTestId('source-pane').nth(0).locator('.source-text');
  await editor.focus();
  // Bring a later paragraph to the very bottom of the pane and select its last words.
  const selected = await editor.evaluate((root) => {
    const paragraphs = [...root.querySelectorAll('p')];
    const paragraph = paragraphs[Math.min(8, paragraphs.length - 1)];
    const text = paragraph?.lastChild;
    if (!paragraph || !text?.textContent) return null;
    paragraph.scrollIntoView({ block: 'end' });
    const range = document.createRange();
    const length = text.textContent.length;
    range.setStart(text, Math.max(0, length - 12));
    range.setEnd(text, length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return range.getBoundingClientRect().bottom;
  });
  expect(selected).not.toBeNull();
  expect(selected!).toBeGreaterThan(650);
  await expect(page.locator('.tag-button')).toBeVisible();
  await page.keyboard.press('t');
  const menu = page.getByTestId('tag-menu');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  // The help line at the end of the menu is inside the window too.
  const last = await menu.evaluate((element) => {
    const child = element.lastElementChild?.getBoundingClientRect();
    return child ? child.bottom : Infinity;
  });
  expect(last).toBeLessThanOrEqual(800);
  await page.screenshot({ path: '/work/helpers/shots/tag-menu-bottom-edge.png' });
});
