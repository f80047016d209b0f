import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { menuCommand, openApp } from './helpers';

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Add source', 'Import source…');
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** A .docx-named zip whose document part inflates from a few hundred KB to 100 MB. */
async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', 'a'.repeat(100 * 1024 * 1024));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A web page of about `megabytes` MB: many short paragraphs of our own words. */
function bigPage(megabytes: number): Buffer {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n}: the convoy reached the river crossing before noon on a dry road.</p>\n`;
  const parts: string[] = ['<!doctype html><html><head><title>Long page</title></head><body>'];
  let size = 0;
  for (let n = 0; size < megabytes * 1024 * 1024; n += 1) {
    const next = paragraph(n);
    parts.push(next);
    size += next.length;
  }
  parts.push('</body></html>');
  return Buffer.from(parts.join(''));
}

test('during a 20 MB HTML import the page shows progress, answers a click, and Cancel stops it', async ({
  page,
}) => {
  await openApp(page);
  // A control of the test's own: its handler notes when it ran, how long after the input event,
  // and whether the import was still under way at that moment.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Probe';
    button.dataset.testid = 'probe';
    button.addEventListener('click', (event) => {
      const seen = {
        latency: performance.now() - event.timeStamp,
        importing: document.querySelector('.import-progress') !== null,
      };
      (window as unknown as { probe: typeof seen }).probe = seen;
    });
    document.body.append(button);
  });

  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'Add source', 'Import source…');
  await (
    await chooser
  ).setFiles({ name: 'long-page.html', mimeType: 'text/html', buffer: bigPage(20) });
  const progress = page.locator('.import-progress');
  await expect(progress).toContainText('Importing long-page.html');
  await expect(progress.locator('progress')).toBeVisible();

  await page.getByTestId('probe').click();
  const probe = await page.evaluate(
    () => (window as unknown as { probe?: { latency: number; importing: boolean } }).probe,
  );
  console.log(`click answered ${probe?.latency.toFixed(1)} ms after the input event`);
  expect(probe?.importing).toBe(true);
  // Issue 15's explicit bound: the page answers input within 200 ms during a big import.
  expect(probe?.latency).toBeLessThan(200);

  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText(
    'The import of long-page.html was cancelled. Your project is unchanged.',
  );
  await expect(page.getByTestId('source-pane').first().locator('.source-text')).not.toContainText(
    'the convoy reached the river crossing',
  );
});

const HOSTILE: [string, string, string, () => Promise<Buffer>, RegExp][] = [
  [
    '100,000 nested divs',
    'deep.html',
    'text/html',
    () =>
      Promise.resolve(
        Buffer.from(`<body>${'<div>'.repeat(100_000)}Deep.${'</div>'.repeat(100_000)}</body>`),
      ),
    /nested more than 1,000 levels deep; the limit is 1,000/,
  ],
  ['a zip bomb', 'bomb.docx', 'application/octet-stream', zipBomb, /the limit is 32 MB per part/],
  [
    'front matter with 200,000 keys',
    'keys.md',
    'text/markdown',
    () =>
      Promise.resolve(
        Buffer.from(
          `---\n${Array.from({ length: 200_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\nBody.`,
        ),
      ),
    /the limit is 1,000/,
  ],
];

/**
 * Puts a probe of the test's own on the page: a text field and a button whose handler notes how
 * long after its input event it ran, a 10 ms heartbeat that notes the longest gap the main thread
 * left it (a page stuck parsing leaves a gap as long as the parse), and the moments a file is
 * chosen and the first alert naming `file` appears.
 */
async function installProbe(page: Page, file: string): Promise<void> {
  await page.evaluate((watched) => {
    const seen = { chosen: 0, refused: 0, longestGap: 0, clickLatency: -1 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const field = document.createElement('input');
    field.dataset.testid = 'probe-field';
    const button = document.createElement('button');
    button.textContent = 'Probe';
    button.dataset.testid = 'probe';
    button.addEventListener('click', (event) => {
      seen.clickLatency = performance.now() - event.timeStamp;
    });
    document.body.append(field, button);
    let last = performance.now();
    document.addEventListener(
      'change',
      (event) => {
        if ((event.target as HTMLInputElement).type !== 'file') return;
        // The gap is counted from here: the test's own hand-over of the file (Playwright
        // decodes it on this thread) is not the app's.
        seen.chosen = last = performance.now();
      },
      true,
    );
    setInterval(() => {
      const now = performance.now();
      if (seen.chosen && !seen.refused) seen.longestGap = Math.max(seen.longestGap, now - last);
      last = now;
    }, 10);
    new MutationObserver(() => {
      if (seen.refused) return;
      const alerts = [...document.querySelectorAll('[role="alert"]')];
      if (alerts.some((alert) => alert.textContent?.includes(watched)))
        seen.refused = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, file);
}

for (const [what, name, mimeType, make, cap] of HOSTILE) {
  test(`${what} is refused with its cap named, the page answers input, the project is unchanged`, async ({
    page,
  }) => {
    await openApp(page);
    const sources = await page
      .getByRole('combobox', { name: 'Source shown in pane 1' })
      .locator('option')
      .count();
    // The app loads its gazetteer and corpus after the first paint; let that settle so the
    // figures below are the import's own.
    await page.waitForLoadState('networkidle');
    await installProbe(page, name);
    await importFile(page, name, mimeType, await make());
    // Input given right after the file is chosen is answered: typing lands, a click is handled.
    const field = page.getByTestId('probe-field');
    await field.pressSequentially('still here');
    await page.getByTestId('probe').click();
    await expect(field).toHaveValue('still here');
    const alert = page.getByRole('alert').filter({ hasText: name });
    await expect(alert).toContainText(cap);
    await expect(alert).toContainText('Your project is unchanged.');
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            seen: { chosen: number; refused: number; longestGap: number; clickLatency: number };
          }
        ).seen,
    );
    expect(seen.clickLatency).toBeGreaterThanOrEqual(0);
    expect(seen.refused).toBeGreaterThan(seen.chosen);
    // Figures, not assertions (speed is for benchmarks): issue 15 asks for under a second.
    console.log(
      `${what}: refused ${(seen.refused - seen.chosen).toFixed(0)} ms after the file was chosen; longest main-thread gap ${seen.longestGap.toFixed(0)} ms; click answered in ${seen.clickLatency.toFixed(0)} ms`,
    );
    expect(
      await page
        .getByRole('combobox', { name: 'Source shown in pane 1' })
        .locator('option')
        .count(),
    ).toBe(sources);
  });
}
