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
const FIRST_ARTICLE = '000_16df6a53eee4503d';

/**
 * A source of `count` one-line paragraphs under `id` (the first corpus article's id makes it a
 * revision of that article), with one claim on each paragraph's opening words.
 */
function loggedSource(
  id: string,
  title: string,
  count: number,
): { source: Source; claims: Claim[] } {
  // Built by hand rather than through the source-file parser: Playwright loads specs as
  // CommonJS, and the parser's language detector (eld) ships as ES modules only.
  const lines = Array.from(
    { length: count },
    (_, i) => `${title} ${i}: the crossing carried ${i + 3} passengers before the fog came in.`,
  );
  const text = lines.join('\n\n');
  let at = 0;
  const blocks = lines.map((line) => {
    const block = { kind: 'paragraph' as const, start: at, end: at + line.length };
    at += line.length + 2;
    return block;
  });
  const source: Source = {
    id,
    metadata: { title, capture: 'plain-text', language: 'en' },
    text,
    blocks,
    contentHash: contentHash(text),
  };
  const claims: Claim[] = Array.from({ length: count }, (_, i) => {
    const quote = `${title} ${i}:`;
    const start = source.text.indexOf(`${quote} `);
    return {
      id: `${id}-${i}`,
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
  return { source, claims };
}

function projectOf(parts: readonly { source: Source; claims: Claim[] }[]): string {
  return serializeProject({
    ...createProject({ id: 'long', name: 'Long lists', now: NOW }),
    sources: parts.map(({ source }) => embedSource(source)),
    claims: parts.flatMap(({ claims }) => claims),
  });
}

/** A project carrying a long revision of the first corpus article, one claim per paragraph. */
function longProject(): string {
  return projectOf([loggedSource(FIRST_ARTICLE, 'Ferry log', COUNT)]);
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
  const last = page.locator(`.claims-panel [data-claim-id="${FIRST_ARTICLE}-${COUNT - 1}"]`);
  await expect(last).toBeVisible();
  await last.click();
  await expect(page.locator('.source-text .claim.selected')).toHaveText(`Ferry log ${COUNT - 1}:`);
  await expect(last).toHaveClass(/selected/);
  expect(await rows.count()).toBeLessThan(COUNT / 2);
});

test('a Claims panel of 120 sources draws rows wherever it is scrolled to', async ({ page }) => {
  // One windowed list per source: each list must follow where it sits in the panel as the lists
  // above it are measured, or the panel goes blank past its first screen.
  const parts = Array.from({ length: 120 }, (_, k) =>
    loggedSource(k === 0 ? FIRST_ARTICLE : `ferry-${k}`, `Ferry ${k} log`, 10),
  );
  await openApp(page);
  await storeRawProject(page, projectOf(parts));
  await page.reload();
  await expect(page.locator('.claims-panel .claim-item').first()).toBeVisible();
  const panel = page.locator('.side-panel');
  for (const depth of [0.3, 0.6, 0.95, 1]) {
    await panel.evaluate(
      (element, share) =>
        (element.scrollTop = (element.scrollHeight - element.clientHeight) * share),
      depth,
    );
    await expect
      .poll(
        () =>
          panel.evaluate((element) => {
            const view = element.getBoundingClientRect();
            return [...element.querySelectorAll('.claim-item')].filter((row) => {
              const box = row.getBoundingClientRect();
              return box.bottom > view.top && box.top < view.bottom;
            }).length;
          }),
        { message: `rows in view at ${depth * 100}% of the panel` },
      )
      .toBeGreaterThan(5);
  }
  // At the very end, the last source's last claim is there to click.
  const last = page.locator('.claims-panel [data-claim-id="ferry-119-9"]');
  await expect(last).toBeVisible();
});
