/**
 * Crash safety of the web build's autosave (issue 15): the browser is killed (SIGKILL to its
 * whole process group, as a crash or a power cut of the tab would) at random moments while the
 * analyst tags words, again and again on one persistent profile. After every kill the browser
 * is started again on that profile and the project must load (no load error, autosave on),
 * its backup must be a readable project, and every claim the app showed at least one second
 * before the kill must be stored. Every autosave also rotates the backup in the same IndexedDB
 * transaction, so kills land in the rotation as well. Kill moments come from a fixed seed
 * (BROWSER_CRASH_SEED to change; printed for replay). Each kill costs a browser start and an app
 * load (~5 s here), so the everyday run kills 6 times; issue 15's run of 50 is
 * `BROWSER_CRASH_KILLS=50 npx playwright test tests/browser/autosave-kill.spec.ts` (~4.5 min).
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, readStoredEntries } from './helpers';

const KILLS =
  Number(process.env.BROWSER_CRASH_KILLS) > 0 ? Number(process.env.BROWSER_CRASH_KILLS) : 6;
const SEED = Number(process.env.BROWSER_CRASH_SEED) || 20261203;
/** Edits older than this at the kill must have been saved (the bound). */
const MAY_LOSE_MS = 1_000;
/** Each session tags words for a random time up to this, then the browser is killed. */
const LONGEST_SESSION_MS = 2_500;

/** mulberry32: the kill moments are the same on every run of one seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pid of the Chromium browser process started on `profile` (not one of its children). */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`no browser process runs on ${profile}`);
}

/** The stored project and its backup, as the app's IndexedDB holds them. */
async function storedTexts(page: Page): Promise<{ project: string | null; backup: string | null }> {
  const entries = await readStoredEntries(page);
  return { project: entries['default'] ?? null, backup: entries['default.backup'] ?? null };
}

interface StoredProject {
  schemaVersion: number;
  claims: { target: { quote: { exact: string } } }[];
}

/**
 * Selects the `n`-th word (three letters or more) of the first pane and tags it with the
 * default type (`selected` hears the word first); resolves once the app shows the new claim. Claims and
 * suggestions start and end at word edges, so the n-th word stays the same as marks are added.
 */
async function tagWord(page: Page, n: number, selected: (word: string) => void): Promise<void> {
  const editor = page.getByTestId('source-pane').first().locator('.source-text');
  const claims = editor.locator('.claim');
  const before = await claims.count();
  await editor.focus();
  const word = await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\p{L}{3,}/gu)) {
        if (seen++ !== wanted) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return match[0];
      }
    }
    return null;
  }, n);
  if (word === null) throw new Error(`the first pane has fewer than ${n + 1} words`);
  selected(word);
  await expect(page.locator('.tag-button')).toBeVisible();
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(claims).toHaveCount(before + 1);
}

test(`autosave in IndexedDB survives ${KILLS} browser kills: the project loads, at most the last second is lost`, async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(KILLS * 12_000);
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
  const next = random(SEED);
  const use = testInfo.project.use;
  /**
   * The edits still in play, in order: the word tagged and when the app showed the claim (ms
   * epoch, taken after it showed), or null when the kill came first (it may still be saved).
   */
  const edits: { word: string; at: number | null }[] = [];
  let lastKill = 0;
  let attempted = 0;
  let lostRecent = 0;
  /** The oldest a lost edit was at its kill (ms): must stay under a second. */
  let oldestLossMs = 0;
  const started = Date.now();
  try {
    for (let kill = 0; kill <= KILLS; kill += 1) {
      const context: BrowserContext = await chromium.launchPersistentContext(profile, {
        ...use.launchOptions,
        baseURL,
        viewport: use.viewport ?? null,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await openApp(page);
      const where = `after kill ${kill} (seed ${SEED})`;
      await expect(page.getByTestId('project-load-error'), where).toHaveCount(0);
      await expect(page.getByTestId('save-status'), where).not.toHaveText('Autosave off');
      const { project, backup } = await storedTexts(page);
      const stored = (project ? JSON.parse(project) : { claims: [] }) as StoredProject;
      const quotes = stored.claims.map((claim) => claim.target.quote.exact);
      // The stored claims are the first edits, in order, and hold every edit shown 1 s before.
      expect(quotes, where).toEqual(edits.slice(0, quotes.length).map((edit) => edit.word));
      const required = edits.filter(
        (edit) => edit.at !== null && edit.at <= lastKill - MAY_LOSE_MS,
      );
      expect(
        quotes.length,
        `${where}: an edit shown over 1 s before the kill was lost`,
      ).toBeGreaterThanOrEqual(required.length);
      lostRecent += edits.slice(quotes.length).filter((edit) => edit.at !== null).length;
      const firstLost = edits.slice(quotes.length).find((edit) => edit.at !== null);
      if (firstLost?.at) oldestLossMs = Math.max(oldestLossMs, lastKill - firstLost.at);
      if (backup !== null) {
        const previous = JSON.parse(backup) as StoredProject;
        expect(previous.schemaVersion, `${where}: the backup`).toBe(stored.schemaVersion);
        expect(previous.claims.length).toBeLessThanOrEqual(quotes.length);
      }
      // What the app holds now is what was stored: lost edits are gone for good.
      edits.splice(quotes.length);
      await expect(page.getByTestId('source-pane').first().locator('.claim')).toHaveCount(
        quotes.length,
      );
      if (kill === KILLS) {
        await context.close();
        break;
      }

      const pid = browserPid(profile);
      const session = next() * LONGEST_SESSION_MS;
      const killed = new Promise<number>((resolve) =>
        setTimeout(() => {
          const at = Date.now();
          process.kill(-pid, 'SIGKILL');
          resolve(at);
        }, session),
      );
      let alive = true;
      void killed.then(() => (alive = false));
      while (alive) {
        let edit: { word: string; at: number | null } | null = null;
        try {
          await tagWord(page, attempted, (word) => {
            edit = { word, at: null };
            edits.push(edit);
          });
          if (alive && edit) (edit as { at: number | null }).at = Date.now();
        } catch {
          break;
        } finally {
          attempted += 1;
        }
      }
      lastKill = await killed;
      await context.close().catch(() => undefined);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(
    `browser crash test: seed ${SEED}, ${KILLS} kills, ${edits.length} claims stored after the last, ${lostRecent} shown edits lost, the oldest ${oldestLossMs} ms before its kill, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
});
