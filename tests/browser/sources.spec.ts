import { expect, test, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openApp, selectQuote, menuCommand } from './helpers';

async function importFile(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Add source', 'Import source…');
  await (await chooser).setFiles({ name, mimeType, buffer });
}

const HOSTILE = `<!doctype html><html><head><title>Hostile page</title>
<script>window.__marker = 'script ran';</script>
<meta property="og:site_name" content="Test Outlet">
<link rel="stylesheet" href="http://example.invalid/style.css"></head>
<body onload="window.__marker = 'onload ran'">
<nav>Home | World | Sport</nav>
<article><h1>Attack toll rises</h1>
<p>Officials said at least 150 people were killed in the attack on the concert hall.</p>
<img src="x" onerror="window.__marker = 'onerror ran'">
<img src="http://example.invalid/tracker.png">
<iframe src="http://example.invalid/frame.html"></iframe>
<p onclick="window.__marker = 'click'">Rescue teams worked through the night <a href="javascript:window.__marker='link'">details</a>.</p>
</article><footer>Copyright</footer></body></html>`;

test('a hostile HTML page becomes a readable source: no script runs, no request leaves the page', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  await importFile(page, 'hostile.html', 'text/html', Buffer.from(HOSTILE));
  const pane = paneShowing(page, 'Attack toll rises');
  await expect(pane.locator('.source-text')).toContainText('at least 150 people were killed');
  await expect(pane.locator('.source-text')).toContainText('Rescue teams worked through the night');
  await expect(pane.locator('.source-text')).not.toContainText('Home | World');
  await expect(pane.locator('.source-header')).toContainText('Test Outlet');
  await pane.locator('.source-text p').last().click();
  expect(
    await page.evaluate(() => (window as unknown as { __marker?: string }).__marker),
  ).toBeUndefined();
  expect(await pane.locator('img, iframe, script').count()).toBe(0);
  const foreign = requests.filter(
    (url) =>
      !url.startsWith('http://127.0.0.1') && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
  expect(foreign).toEqual([]);
  // The imported source is kept in the project.
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
  await page
    .getByTestId('source-pane')
    .nth(1)
    .getByRole('combobox')
    .selectOption({ label: 'Hostile page' });
  await expect(paneShowing(page, 'Attack toll rises')).toHaveCount(1);
});

test('a PDF made by the test imports with its paragraphs and page numbers', async ({ page }) => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const pages = [
    [
      'The attack on the concert hall killed at least 143',
      'people, officials said on Saturday.',
      '',
      'Rescue work continued through the night.',
    ],
    ['A second report gave more than 130 deaths and', 'listed the injured separately.'],
  ];
  for (const lines of pages) {
    const sheet = pdf.addPage([595, 842]);
    lines.forEach((line, index) =>
      sheet.drawText(line, { x: 72, y: 760 - index * 16, size: 12, font }),
    );
  }
  const bytes = Buffer.from(await pdf.save());
  await openApp(page);
  await importFile(page, 'report.pdf', 'application/pdf', bytes);
  const pane = paneShowing(page, 'Rescue work continued');
  await expect(pane.locator('.source-text')).toContainText(
    'killed at least 143 people, officials said on Saturday.',
  );
  await expect(pane.locator('.source-text [data-page-start="2"]')).toContainText(
    'more than 130 deaths and listed the injured separately.',
  );

  await selectQuote(page, await paneIndex(page, 'Rescue work continued'), 'more than 130 deaths');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('.claims-panel .claim-item', { hasText: 'more than 130 deaths' }),
  ).toContainText('p. 2');
});

/** The pane whose text (not its source chooser) contains `text`. */
function paneShowing(page: Page, text: string) {
  return page
    .getByTestId('source-pane')
    .filter({ has: page.locator('.source-text', { hasText: text }) });
}

async function paneIndex(page: Page, text: string): Promise<number> {
  await expect(paneShowing(page, text)).toHaveCount(1);
  const panes = page.getByTestId('source-pane');
  const count = await panes.count();
  for (let index = 0; index < count; index += 1) {
    const shown = await panes.nth(index).locator('.source-text').textContent();
    if (shown?.includes(text)) return index;
  }
  throw new Error(`no pane shows "${text}"`);
}

test('a binary or unsupported file is refused with the reason, and nothing changes', async ({
  page,
}) => {
  await openApp(page);
  await importFile(
    page,
    'tool.exe',
    'application/octet-stream',
    Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
  );
  await expect(page.getByRole('alert')).toContainText('tool.exe');
  await expect(page.getByRole('alert')).toContainText('Your project is unchanged');
  await expect(page.getByTestId('source-pane')).toHaveCount(2);
});

test('a newer version of a source: a changed figure is flagged, not moved onto the new figure', async ({
  page,
}) => {
  await openApp(page);
  const v1 =
    'Gunmen attacked the hall on March 22.\n\nThe assault killed at least 143 people, officials said.\n\nA second paragraph about the response.';
  const v2 =
    'Updated on June 30.\n\nGunmen attacked the hall on March 22.\n\nThe assault killed at least 150 people, officials said.\n\nA second paragraph about the response.';
  await importFile(page, 'wire.txt', 'text/plain', Buffer.from(v1));
  const index = await paneIndex(page, 'A second paragraph about the response');
  await selectQuote(page, index, 'at least 143 people');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await selectQuote(page, index, 'A second paragraph');
  await page.keyboard.press('t');
  await page.keyboard.press('7');
  await page.keyboard.press('Enter');

  const pane = page.getByTestId('source-pane').nth(index);
  const chooser = page.waitForEvent('filechooser');
  await pane.getByRole('button', { name: 'Newer version…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'wire-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(v2) });
  await expect(page.getByRole('alert')).toContainText('1 moved, 1 with changed words');
  await expect(pane.locator('.source-text')).toContainText('Updated on June 30.');
  await expect(page.getByTestId('revision-flag')).toContainText(
    'was “at least 143 people”, now “at least 150 people”',
  );
  // The unchanged claim moved with the inserted text.
  await expect(pane.locator('.source-text .claim.type-statement')).toHaveText('A second paragraph');
  // The flagged claim keeps the analyst's value: 143, not 150.
  await expect(
    page.locator('.claims-panel .claim-item', { hasText: 'at least 150 people' }),
  ).toContainText('>= 143');
});

test('pasted text becomes a source', async ({ page }) => {
  await openApp(page);
  await menuCommand(page, 'Add source', 'Paste text…');
  const dialog = page.getByRole('dialog', { name: 'Paste a source' });
  await dialog.getByLabel('Title').fill('Radio transcript');
  await dialog
    .getByLabel('Text')
    .fill('The spokesman said about 80 people were wounded.\n\nHe gave no other figures.');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(
    paneShowing(page, 'about 80 people were wounded').locator('.source-title'),
  ).toHaveText('Radio transcript');
});
