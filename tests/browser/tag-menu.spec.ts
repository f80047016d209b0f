import { expect, test, type Page } from '@playwright/test';
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

/** Selects `quote` in a pane even when highlights split it over several text nodes. */
async function selectAcross(
  page: Page,
  paneIndex: number,
  quote: string,
  scroll = true,
): Promise<void> {
  const editor = page.getByTestId('source-pane').nth(paneIndex).locator('.source-text');
  await editor.focus();
  const found = await editor.evaluate(
    (root, [wanted, scrollTo]) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const text = nodes.map((node) => node.data).join('');
      const at = text.indexOf(wanted);
      if (at < 0) return false;
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        const last = nodes[nodes.length - 1] as Text;
        return [last, last.data.length];
      };
      const range = document.createRange();
      const [startNode, startOffset] = locate(at);
      if (scrollTo) startNode.parentElement?.scrollIntoView({ block: 'center' });
      range.setStart(startNode, startOffset);
      range.setEnd(...locate(at + wanted.length));
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return true;
    },
    [quote, scroll] as const,
  );
  expect(found, `"${quote}" is in pane ${paneIndex}`).toBe(true);
  // The app has seen the selection once it offers to tag it (off-screen when the text is).
  await expect(page.locator('.tag-button')).toHaveCount(1);
}

test('a selection over two figures says so and tags one claim per figure', async ({ page }) => {
  await openApp(page);
  await selectAcross(page, 1, '13 American soldiers. and 170 Afghans');
  await page.keyboard.press('t');
  const menu = page.getByTestId('tag-menu');
  await expect(menu.getByTestId('tag-menu-split')).toContainText(
    'This selection holds 2 figures (13, 170): one claim keeps only the first.',
  );
  await page.screenshot({
    path: `${process.env.SHOTS_DIR ?? 'test-results/screenshots'}/tag-menu-two-figures.png`,
  });
  await menu.getByRole('button', { name: /Tag 2 claims, one per figure/ }).click();
  await expect(menu).toBeHidden();
  const highlights = page.getByTestId('source-pane').nth(1).locator('.source-text .claim');
  await expect(highlights).toHaveText(['13 American soldiers.', '170 Afghans']);
  await expect(page.locator('.claims-panel .claim-item')).toHaveCount(2);
  // One undo step takes both back.
  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveCount(0);
});

test('the tag menu stays inside the window even for a selection scrolled out of it', async ({
  page,
}) => {
  await openApp(page);
  await selectAcross(page, 1, '13 American soldiers. and 170 Afghans', false);
  await page.keyboard.press('t');
  const box = await page.getByTestId('tag-menu').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(800);
});
