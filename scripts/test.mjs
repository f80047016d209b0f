// `npm test`: every check in one run, in the order a failure is cheapest to read.
// Each step runs even when an earlier one failed, so one run shows everything that is wrong.
// Totals count each test (vitest, Playwright) plus each whole-tree check (typecheck, lint,
// security gate) as one; the closing line is `N passed, N failed`, also written to .tmp/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0, steps: [] };

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, ok) {
  totals.steps.push({ name, ok });
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  console.log(`\n${ok ? 'PASS' : 'FAIL'} ${name}\n`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

console.log('\n== typecheck');
check(
  'typecheck',
  run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) &&
    run('npx', ['tsc', '-p', 'core/tsconfig.json', '--noEmit']),
);

console.log('\n== lint (ESLint type-checked, Prettier)');
check('lint', run('npx', ['eslint', '.']) && run('npx', ['prettier', '--check', '.']));

console.log('\n== layering (dependency-cruiser: folder rules, no import cycles)');
check('layering', run('npm', ['run', '-s', 'deps']));

console.log('\n== file length (300 lines, exceptions named in .ci/long-files.json)');
check('file length', run('npx', ['tsx', 'scripts/long-files.ts']));

console.log('\n== unit and component tests (vitest)');
const vitestJson = `${TMP}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that failed to load has no tests to count: count it as a failure.
  if (!vitestOk && vitest.numFailedTests === 0)
    totals.failed += Math.max(1, vitest.numFailedTestSuites);
} else {
  check('vitest produced a report', false);
}

if (existsSync('scripts/electronegativity-gate.mjs')) {
  console.log('\n== security gate (Electronegativity over electron/)');
  check('electronegativity gate', run('node', ['scripts/electronegativity-gate.mjs']));
}

console.log('\n== browser tests (web build in Chromium, Playwright)');
const browserReady =
  run('node', ['scripts/ensure-chromium.mjs']) && run('npm', ['run', '-s', 'build:web']);
if (!browserReady) {
  check('browser test set-up (Chromium + web build)', false);
} else {
  const playwrightJson = `${TMP}/playwright.json`;
  rmSync(playwrightJson, { force: true });
  const playwrightOk = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!playwrightOk && report.stats.unexpected === 0) totals.failed += 1;
  } else {
    check('playwright produced a report', false);
  }
}

writeFileSync(`${TMP}/test-totals.json`, JSON.stringify(totals, null, 2));
const failedSteps = totals.steps.filter((step) => !step.ok).map((step) => step.name);
if (failedSteps.length) console.log(`failed checks: ${failedSteps.join(', ')}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed === 0 ? 0 : 1);
