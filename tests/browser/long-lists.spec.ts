import { expect, test } from '@playwright/test';
import { describe as describeSpan } from '../../core/anchoring/describe';
import { serializeProject } from '../../core/io/project-file';
import type { Claim } from '../../core/model/claim';
import { embedSource } from '../../core/model/embedded-source';
import { contentHash } from '../../core/model/hash';
import type { Source } from '../../core/model/source';
import { createProject } from '../../core/model/project';
import { openApp, storeRawProject } from './helpers';

const NOW = '2026-12-03T08:00:00.000Z';
const COUNT = 400;

/** A project carrying a long revision of the first corpus article, one claim per paragraph. */
function longProject(): string {
  // Built by hand rather than through the source-file parser: Playwright loads specs as
  // CommonJS, and the parser's language detector (eld) ships as ES modules only.
  const lines = Array.from(
    { length: COUNT },
    (_, i) => `Ferry log ${i}: the crossing carried ${i + 3} passengers before the fog came in.`,
  );
  const text = lines.join('\n\n');
  let at = 0;
  const blocks = lines.map((line) => {
    const block = { kind: 'paragraph' as const, start: at, end: at + line.length };
    at += line.length + 2;
    return block;
  });
  const source: Source = {
    id: '000_16df6a53eee4503d',
    metadata: { title: 'Ferry log', capture: 'plain-text', language: 'en' },
    text,
    blocks,
    contentHash: contentHash(text),
  };
  const claims: Claim[] = Array.from({ length: COUNT }, (_, i) => {
    const quote = `Ferry log ${i}:`;
    const start = source.text.indexOf(`${quote} `);
    return {
      id: `log-${i}`,
      type: 'count',
      tags: [],
      target: describeSpan(source.text, start, start + quote.length, source.id, source.contentHash),
      event: '',
      measure: 'other',
      value: null,
      attributedTo: '',
      note: '',
      created: NOW,
      modified: NOW,
    };
  });
  return serializeProject({
    ...createProject({ id: 'long', name: 'Long lists', now: NOW }),
    sources: [embedSource(source)],
    claims,
  });
}

test('a long Claims list draws only the rows in view and still reaches every claim', async ({
  page,
}) => {
  await openApp(page);
  await storeRawProject(page, longProject());
  await page.reload();
  const rows = page.locator('.claims-panel .claim-item');
  await expect(rows.first()).toBeVisible();
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(COUNT / 2);
  await expect(page.locator('.source-text .claim')).toHaveCount(COUNT);

  // Scrolling the panel to its end draws the last claim's row; choosing it selects its highlight.
  await page.locator('.side-panel').evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
  const last = page.locator(`.claims-panel [data-claim-id="log-${COUNT - 1}"]`);
  await expect(last).toBeVisible();
  await last.click();
  await expect(page.locator('.source-text .claim.selected')).toHaveText(`Ferry log ${COUNT - 1}:`);
  await expect(last).toHaveClass(/selected/);
  expect(await rows.count()).toBeLessThan(COUNT / 2);
});
