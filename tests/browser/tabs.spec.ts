import { expect, test, type Page } from '@playwright/test';
import { openApp, readRawProject, selectQuote } from './helpers';

/** Tags `quote` in the first pane with the default type. */
async function tag(page: Page, quote: string): Promise<void> {
  await selectQuote(page, 0, quote);
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(page.locator('.source-text .claim', { hasText: quote })).toHaveCount(1);
}

/** The quotes of the claims in the stored project. */
async function storedQuotes(page: Page): Promise<string[]> {
  const text = await readRawProject(page);
  const project = JSON.parse(text ?? '{"claims":[]}') as {
    claims: { target: { quote: { exact: string } } }[];
  };
  return project.claims.map((claim) => claim.target.quote.exact).sort();
}

test('two tabs of one profile: the second opens read-only or takes over, and no saved write is lost', async ({
  context,
}) => {
  const first = await context.newPage();
  await openApp(first);
  await tag(first, 'Islamic State Khurasan Province');
  await expect.poll(() => storedQuotes(first)).toEqual(['Islamic State Khurasan Province']);

  // The second tab is asked; it chooses read-only, sees the project, and saves nothing.
  const second = await context.newPage();
  const asked: string[] = [];
  second.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(second);
  expect(asked[0]).toContain('open in another Corroborate tab');
  await expect(second.locator('.source-text .claim')).toHaveText([
    'Islamic State Khurasan Province',
  ]);
  await tag(second, 'regionalization and internationalization strategy');
  await expect(second.getByTestId('save-status')).toHaveText('Not saved');
  await expect(second.getByTestId('save-status')).toHaveAttribute('title', /read-only/);

  // The first tab is still the writer.
  await tag(first, 'Terrorist group widening inroads');
  await expect
    .poll(() => storedQuotes(first))
    .toEqual(['Islamic State Khurasan Province', 'Terrorist group widening inroads']);

  // The second tab takes over explicitly, from the latest version.
  second.once('dialog', (dialog) => void dialog.accept());
  await second.reload();
  await expect(second.getByTestId('source-pane')).toHaveCount(2);
  await expect(second.locator('.source-text .claim')).toHaveCount(2);
  await tag(second, 'regionalization and internationalization strategy');
  await expect
    .poll(() => storedQuotes(second))
    .toEqual([
      'Islamic State Khurasan Province',
      'Terrorist group widening inroads',
      'regionalization and internationalization strategy',
    ]);

  // The first tab has lost the lock: its next change is refused with the reason, not saved over.
  await first.locator('.app-actions').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(first.getByTestId('save-status')).toHaveText('Not saved');
  await expect(first.getByTestId('save-status')).toHaveAttribute('title', /Another tab took over/);
  expect(await storedQuotes(second)).toEqual([
    'Islamic State Khurasan Province',
    'Terrorist group widening inroads',
    'regionalization and internationalization strategy',
  ]);
});
