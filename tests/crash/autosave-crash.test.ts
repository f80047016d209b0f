/**
 * Crash safety of autosave: a child process autosaves in a loop and is killed with SIGKILL at
 * random moments, 50 times. After each kill the project must load, and hold at least every
 * claim whose save had completed (the child logs each completed save). Every save rotates the
 * backups, so kills also land in the rotation: every backup present must load too (a plain copy
 * onto .bak1 once left a torn backup in 50 kills). The brief asks for the
 * claims saved up to one second before the kill; completed saves are a stronger promise, and
 * atomic rename gives it. Random moments come from a fixed seed (CRASH_SEED to change), printed
 * so a failure can be replayed. Children run with `node --import tsx` (as `npx tsx` does, minus
 * npx's start-up time), so 50 kills stay well under a minute.
 * Kills leave temp files; each child cleans the older ones at start, and at the end (every child
 * dead, so every temp an orphan) the cleanup must leave none and the project must still load.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../core/io/project-file';
import { BACKUP_COUNT, backupPath, loadProject } from '../../electron/store/project-store';
import { cleanStaleTemps, ORPHAN_GRACE_MS } from '../../electron/store/temp-files';

const KILLS = Number(process.env.CRASH_KILLS) > 0 ? Number(process.env.CRASH_KILLS) : 50;
const SEED = Number(process.env.CRASH_SEED) || 20240501;
const CHILD = join(import.meta.dirname, 'autosave-child.ts');

/** mulberry32: a small seeded PRNG, so the kill moments are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Completed saves from the progress log: [claim count, epoch ms]; a torn last line is skipped. */
function progress(logPath: string): [number, number][] {
  let text: string;
  try {
    text = readFileSync(logPath, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => /^\d+ \d+$/.test(line))
    .map((line) => line.split(' ').map(Number) as [number, number]);
}

/** Starts a child, waits for "ready", lets it save for `delayMs`, kills it; returns kill time. */
function runAndKill(projectPath: string, logPath: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, projectPath, logPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killedAt = 0;
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never became ready: ${stderr}`));
    }, 15_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return;
      setTimeout(() => {
        killedAt = Date.now();
        child.kill('SIGKILL');
      }, delayMs);
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal === 'SIGKILL' && killedAt) resolve(killedAt);
      else reject(new Error(`child exited by itself (${String(signal)}): ${stderr}`));
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('autosave survives SIGKILL', () => {
  it(`loads after ${KILLS} kills at random moments with every completed save`, async () => {
    const next = random(SEED);
    const projectPath = join(dir, 'project.corroborate.json');
    const logPath = join(dir, 'progress.log');
    const started = Date.now();
    let survived = 0;
    let required = 0;
    let maxLoaded = 0;
    let backups = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const delay = Math.floor(next() * 700);
      const killedAt = await runAndKill(projectPath, logPath, delay);
      const saves = progress(logPath);
      const completed = saves.at(-1)?.[0] ?? 0;
      const secondBefore = saves.filter(([, at]) => at <= killedAt - 1000).at(-1)?.[0] ?? 0;
      const loaded = await loadProject(nodeFs, projectPath);
      if (!loaded.ok) throw new Error(`kill ${kill + 1} (seed ${SEED}): ${loaded.error}`);
      const ids = loaded.value.claims.map((c) => c.id);
      expect(ids, `kill ${kill + 1}, seed ${SEED}`).toEqual(ids.map((_, i) => `k${i}`));
      expect(ids.length).toBeGreaterThanOrEqual(secondBefore);
      expect(
        ids.length,
        `kill ${kill + 1}: a completed save was lost (seed ${SEED})`,
      ).toBeGreaterThanOrEqual(completed);
      for (let n = 1; n <= BACKUP_COUNT; n += 1) {
        if (!existsSync(backupPath(projectPath, n))) continue;
        const backup = parseProject(readFileSync(backupPath(projectPath, n), 'utf8'));
        expect(backup.ok, `kill ${kill + 1}: .bak${n} is torn (seed ${SEED})`).toBe(true);
        backups += 1;
      }
      required = Math.max(required, completed);
      maxLoaded = ids.length;
      survived += 1;
    }
    const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    const leftovers = temps().length;
    // Every child is dead: all temps are orphans once past the grace, so none may remain.
    await cleanStaleTemps(nodeFs, projectPath, { now: Date.now() + ORPHAN_GRACE_MS });
    console.log(
      `crash test: seed ${SEED}, ${survived}/${KILLS} kills survived, ${maxLoaded} claims after the last kill (${required} confirmed saved), ${backups} backups checked, ${leftovers} orphaned temp files before the final cleanup, ${temps().length} after, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(survived).toBe(KILLS);
    expect(maxLoaded).toBeGreaterThan(0);
    expect(temps()).toEqual([]);
    const after = await loadProject(nodeFs, projectPath);
    expect(after.ok && after.value.claims.length).toBe(maxLoaded);
  }, 120_000);
});
