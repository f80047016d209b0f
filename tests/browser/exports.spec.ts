import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, menuCommand } from './helpers';

async function acceptDeathsSuggestion(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Suggestions/ }).click();
  await page
    .getByTestId('suggestions-panel')
    .locator('.suggestion-item', { hasText: 'at least 143 people' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await page
    .getByTestId('suggestions-panel')
    .locator('.suggestion-item', { hasText: 'more than 130 people' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(page.locator('.source-text .claim')).toHaveCount(2);
}

async function exportAs(page: Page, label: string): Promise<string> {
  const download = page.waitForEvent('download');
  await menuCommand(page, 'Export as…', label);
  return readFileSync(await (await download).path(), 'utf8');
}

test('W3C Web Annotation export, and importing it back gives the same claims', async ({ page }) => {
  await openApp(page);
  await acceptDeathsSuggestion(page);
  const jsonld = await exportAs(page, 'W3C Web Annotation (JSON-LD)');
  const collection = JSON.parse(jsonld) as {
    '@context': unknown;
    type: string;
    first: {
      items: {
        type: string;
        motivation: string;
        target: { selector: { type: string }[] }[] | { selector: { type: string }[] };
      }[];
    };
  };
  expect(JSON.stringify(collection['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
  const annotations = collection.first.items.filter((item) => item.motivation !== 'linking');
  expect(annotations).toHaveLength(2);
  expect(JSON.stringify(annotations[0])).toContain('TextQuoteSelector');
  expect(JSON.stringify(annotations[0])).toContain('TextPositionSelector');
  // The two claims form a compatible group: exported as a linking annotation.
  expect(collection.first.items.some((item) => item.motivation === 'linking')).toBe(true);

  await page.evaluate(
    () => new Promise((resolve) => (indexedDB.deleteDatabase('corroborate').onsuccess = resolve)),
  );
  await page.reload();
  await expect(page.locator('.source-text .claim')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'claims.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(jsonld),
  });
  await expect(page.getByTestId('merge-counts')).toContainText('2 added');
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.locator('.source-text .claim')).toHaveCount(2);
});

test('CSV and HTML report exports', async ({ page }) => {
  await openApp(page);
  await acceptDeathsSuggestion(page);
  const csv = await exportAs(page, 'CSV spreadsheet');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = csv.slice(1).split('\r\n').filter(Boolean);
  expect(header).toContain('quote');
  expect(rows).toHaveLength(2);
  expect(csv).toContain('"at least 143 people"');
  expect(csv).toContain('compatible');

  const report = await exportAs(page, 'Discrepancy report (HTML)');
  expect(report).toContain('<svg');
  expect(report).toContain('at least 143');
  expect(report).toContain('more than 130');
  expect(report).not.toContain('<script');
});

test('the Content-Security-Policy blocks an injected inline script', async ({ page }) => {
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener(
        'securitypolicyviolation',
        (event) => resolve(event.violatedDirective),
        { once: true },
      ),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const directive = await Promise.race([
      violation,
      new Promise<string>((resolve) => setTimeout(() => resolve('none'), 2000)),
    ]);
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, directive };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.directive).toMatch(/script-src/);
});
