import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, pasteSource as paste, readRawProject } from './helpers';

// Sentences written for this test (Dari): "According to local officials, on Friday at least
// thirteen people were killed in an explosion near the grain market of the city, and more than
// twenty others were wounded. The police said the investigation continues."
const DARI =
  'به گفته مقامات محلی، روز جمعه دست کم سیزده نفر در انفجار نزدیک بازار غله شهر کشته شدند و بیش از بیست نفر دیگر زخمی شدند. پولیس گفت که تحقیقات هنوز ادامه دارد و نتیجه آن به زودی اعلام می‌شود.';
// A Dari sentence that opens with a Latin name: left to right by its first letter alone.
const LATIN_FIRST = 'ISKP مسئولیت این حمله را پذیرفت.';
const QUOTE = 'دست کم سیزده نفر';

const RUSSIAN =
  'По словам местных властей, в пятницу у зернового рынка взорвался грузовик. Не менее тринадцати человек погибли, ещё двадцать получили ранения. Полиция сообщила, что следствие продолжается.';
const RUSSIAN_QUOTE = 'Не менее тринадцати человек';

/** Screenshots go where SHOTS_DIR says (a helper's review), never into the repository. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** Selects `quote` with the mouse: pressed on its first letter's leading edge, released past its last. */
async function dragOver(page: Page, text: Locator, quote: string): Promise<void> {
  const edges = await text.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const charBox = (at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      const rtl = getComputedStyle(node.parentElement!).direction === 'rtl';
      const first = charBox(index);
      const last = charBox(index + wanted.length - 1);
      return {
        from: { x: rtl ? first.right - 1 : first.left + 1, y: (first.top + first.bottom) / 2 },
        to: { x: rtl ? last.left + 1 : last.right - 1, y: (last.top + last.bottom) / 2 },
      };
    }
    return null;
  }, quote);
  expect(edges, `"${quote}" is on screen`).not.toBeNull();
  // As selectQuote does: the pane is focused first.
  await text.focus();
  await page.mouse.move(edges!.from.x, edges!.from.y);
  await page.mouse.down();
  // In steps, as a hand drags. (This caught the toolbar reflowing when the save status changed:
  // the panes moved a line under the pointer mid-drag and the selection went elsewhere.)
  await page.mouse.move(edges!.to.x, edges!.to.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('.tag-button')).toBeVisible();
}

async function tagAsDeaths(page: Page): Promise<void> {
  await page.keyboard.press('t');
  const menu = page.getByTestId('tag-menu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
}

interface StoredProject {
  claims?: { target: { quote: { exact: string } } }[];
  sources?: { title: string; metadata: { language: string } }[];
}

/** The language the stored project (IndexedDB) records for the source with this title. */
async function storedLanguage(page: Page, title: string): Promise<string | undefined> {
  const project = JSON.parse((await readRawProject(page)) ?? '{}') as StoredProject;
  return project.sources?.find((source) => source.title === title)?.metadata.language;
}

/** The exact quote of every stored claim, as the project on disk (IndexedDB) has it. */
async function storedQuotes(page: Page): Promise<string[]> {
  const project = JSON.parse((await readRawProject(page)) ?? '{}') as StoredProject;
  return (project.claims ?? []).map((claim) => claim.target.quote.exact);
}

async function setLanguage(page: Page, pane: Locator, language: string): Promise<void> {
  await pane.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source details' });
  await dialog.getByLabel('Language').fill(language);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a pasted Dari paragraph reads right to left and tags exactly the words selected', async ({
  page,
}) => {
  await openApp(page);
  const pane = await paste(page, 'Dari report', `${DARI}\n\n${LATIN_FIRST}`);
  const text = pane.locator('.source-text');
  const paragraph = text.locator('p', { hasText: 'سیزده' });

  await expect(paragraph).toHaveAttribute('dir', 'rtl');
  await expect(text).toHaveAttribute('lang', 'fa');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  // Laid out from the right: the first letter sits at the block's right edge, and the closing
  // full stop of the paragraph ends its last line further left.
  const layout = await paragraph.evaluate((p) => {
    const node = p.firstChild!;
    const box = (at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const length = node.textContent!.length;
    const block = p.getBoundingClientRect();
    const first = box(0);
    const stop = box(length - 1);
    return {
      blockRight: block.right,
      firstRight: first.right,
      stopLeft: stop.left,
      lines: Math.round(block.height / first.height),
    };
  });
  expect(layout.lines).toBeGreaterThan(1);
  expect(Math.abs(layout.blockRight - layout.firstRight)).toBeLessThan(2);
  expect(layout.stopLeft).toBeLessThan(layout.firstRight);

  await dragOver(page, text, QUOTE);
  await tagAsDeaths(page);
  await expect(text.locator('.claim')).toHaveText(QUOTE);
  await expect.poll(() => storedQuotes(page)).toEqual([QUOTE]);

  // Detected as Persian on paste; the Latin-first sentence follows the source's language.
  const opening = text.locator('p', { hasText: 'ISKP' });
  await expect(opening).toHaveAttribute('dir', 'rtl');
  await pane.getByRole('button', { name: 'Edit details' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Source details' }).getByLabel('Language'),
  ).toHaveValue('fa');
  await page
    .getByRole('dialog', { name: 'Source details' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await shot(page, 'rtl');

  await setLanguage(page, pane, 'en');
  await expect(opening).toHaveAttribute('dir', 'ltr');
  await expect(paragraph).toHaveAttribute('dir', 'rtl');
  await setLanguage(page, pane, 'fa-AF');
  await expect(opening).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect(await storedLanguage(page, 'Dari report')).toBe('fa-AF');
  // The claim is still on the same words after the view was rebuilt.
  await expect(text.locator('.claim')).toHaveText(QUOTE);
});

test('a language that is not a code is refused in Edit details, and nothing is lost', async ({
  page,
}) => {
  await openApp(page);
  const pane = await paste(page, 'Dari note', DARI);
  await pane.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source details' });
  await dialog.getByLabel('Language').fill('Dari!');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a language code');
  await dialog.getByLabel('Language').fill('ps');
  await expect(dialog).toContainText('Pashto · right to left');
  await shot(page, 'rtl-details');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane.locator('.source-text p')).toHaveAttribute('dir', 'rtl');
});

test('a pasted Russian source is detected as Russian, left to right, and tags exactly', async ({
  page,
}) => {
  await openApp(page);
  const pane = await paste(page, 'Сводка МЧС', RUSSIAN);
  const text = pane.locator('.source-text');
  await expect(text.locator('p')).toHaveAttribute('dir', 'ltr');
  await expect(text).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect(await storedLanguage(page, 'Сводка МЧС')).toBe('ru');
  await expect(pane.locator('.source-title')).toHaveText('Сводка МЧС');

  await dragOver(page, text, RUSSIAN_QUOTE);
  await tagAsDeaths(page);
  await expect(text.locator('.claim')).toHaveText(RUSSIAN_QUOTE);
  await expect.poll(() => storedQuotes(page)).toEqual([RUSSIAN_QUOTE]);

  await pane.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source details' });
  await expect(dialog.getByLabel('Language')).toHaveValue('ru');
  await expect(dialog).toContainText('Russian · left to right');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await shot(page, 'cyrillic');
});
