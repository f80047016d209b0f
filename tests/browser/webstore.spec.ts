import { expect, test, type Page } from '@playwright/test';
import {
  menuCommand,
  openApp,
  readRawProject,
  readStoredEntries,
  selectQuote,
  storeRawProject,
} from './helpers';

/** A project saved by a later version of Corroborate: this version must not read or replace it. */
const NEWER = JSON.stringify({
  schemaVersion: 99,
  id: 'future',
  name: 'From the future',
  claims: [],
});

/** The kept-aside entries (key -> text). */
async function keptAside(page: Page): Promise<Record<string, string>> {
  const entries = await readStoredEntries(page);
  return Object.fromEntries(
    Object.entries(entries).filter(([key]) => key.startsWith('default.kept.')),
  );
}

/** Makes one change and waits until autosave has written a different project. */
async function changeAndAutosave(page: Page, button: 'Undo' | 'Redo'): Promise<void> {
  const before = await readRawProject(page);
  await page.locator('.app-actions').getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => readRawProject(page)).not.toBe(before);
}

test('a newer-version project survives New, ten autosaves and Open, bytes untouched', async ({
  page,
}) => {
  await page.goto('/index.html');
  await storeRawProject(page, NEWER);
  await openApp(page);
  const error = page.getByTestId('project-load-error');
  await expect(error).toContainText('newer version');
  await expect(error).toContainText('kept unchanged in this browser under "default.kept.');
  expect(Object.values(await keptAside(page))).toEqual([NEWER]);

  // New asks first; cancelling changes nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await menuCommand(page, 'Project', 'New project');
  await expect(page.getByTestId('save-status')).toHaveText('Autosave off');
  expect(await readRawProject(page)).toBe(NEWER);

  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await menuCommand(page, 'Project', 'New project');
  await expect(page.getByRole('status').filter({ hasText: 'Now working on' })).toContainText(
    'stays kept aside as "default.kept.',
  );
  expect(questions[0]).toMatch(/could not be read .* kept aside, unchanged/);

  // Ten autosaves: tag once, then undo and redo.
  await selectQuote(page, 0, 'at least 143 people');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await readRawProject(page)) ?? '')
    .toContain('at least 143 people');
  for (let round = 0; round < 9; round += 1)
    await changeAndAutosave(page, round % 2 === 0 ? 'Undo' : 'Redo');
  const stored = await readStoredEntries(page);
  expect(JSON.parse(stored['default.backup'] ?? '{}')).toMatchObject({ schemaVersion: 1 });
  expect(Object.values(await keptAside(page))).toEqual([NEWER]);

  // Open another project: the current (readable) one is kept aside too; nothing is asked.
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Project', 'Open project…');
  await (
    await chooser
  ).setFiles({
    name: 'opened.json',
    mimeType: 'application/json',
    buffer: Buffer.from(stored.default ?? ''),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Now working on' })).toContainText(
    'the previous project is kept in this browser as "default.kept.',
  );
  await page.reload();
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  const kept = Object.values(await keptAside(page));
  expect(kept).toContain(NEWER);
  expect(kept).toHaveLength(2);
  expect(questions).toHaveLength(1);
});
