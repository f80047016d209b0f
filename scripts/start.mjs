// `npm start`: the desktop app. Two steps:
// 1. Make sure the Electron runtime is there. The `electron` package fetches its binary the
//    first time it is required; this runs that require in a child whose output is kept, not
//    shown, so a machine that cannot download it (offline, blocked mirror) sees one clear message
//    naming the browser build instead of @electron/get's and Forge's stack traces and their
//    "delete node_modules/electron" advice (which would not help here). Forge never starts then,
//    so nothing is built for nothing.
// 2. Run `electron-forge start` (builds main, preload and renderer with Vite, then launches
//    Electron), its output passed through live. If Electron then cannot open a window (no display,
//    missing system libraries), the same clear message follows Forge's output.
// CORROBORATE_ELECTRON_PROBE (tests only) names a module to require instead of `electron`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forgeCli = require.resolve('@electron-forge/cli/dist/electron-forge.js');
const probeModule = process.env.CORROBORATE_ELECTRON_PROBE || 'electron';

/** Seconds the Electron download may take before we give up (a slow link gets 15 minutes). */
const downloadTimeoutSeconds = Number(process.env.CORROBORATE_ELECTRON_DOWNLOAD_TIMEOUT ?? 900);

/** Output that means the runtime could not start after Forge launched it, and why. */
const launchFailures = [
  { pattern: /Missing X server|cannot open display|\$DISPLAY/i, reason: 'display' },
  { pattern: /error while loading shared libraries/i, reason: 'libraries' },
];

const explanations = {
  download:
    "The Electron runtime could not be downloaded (this machine cannot reach Electron's download server).\n" +
    'On a machine with network access `npm start` fetches it once and then runs offline.',
  display: 'Electron is installed but cannot open a window here (no display).',
  libraries: 'Electron is installed but cannot start: system libraries it needs are missing.',
  timeout: `The Electron download did not finish within ${downloadTimeoutSeconds} s, so it was stopped.`,
  missing: 'The electron package is not installed here: run `npm install` first.',
};

/** The one message a machine without a usable Electron gets. */
function cannotStart(reason) {
  return (
    `──────────\nThe desktop app cannot start on this machine.\n${explanations[reason]}\n\n` +
    'The same UI runs in a browser:\n' +
    '  npm run web        development server, opens the app in your browser\n' +
    '  npm run build:web  static build in dist/web, to serve from any web server\n──────────'
  );
}

/** Step 1: resolves when the runtime is there (downloading it if needed), else the reason. */
function ensureRuntime() {
  return new Promise((resolve) => {
    const probe = spawn(process.execPath, ['-e', `require(${JSON.stringify(probeModule)})`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timedOut = false;
    const collect = (chunk) => {
      const text = chunk.toString();
      if (!output && /Downloading Electron/i.test(text)) {
        console.log('Fetching the Electron runtime (first start only)...');
      }
      output += text;
    };
    probe.stdout.on('data', collect);
    probe.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      probe.kill('SIGTERM');
    }, downloadTimeoutSeconds * 1000);
    probe.on('error', () => resolve('download'));
    probe.on('exit', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve('timeout');
      else if (code === 0) resolve(null);
      else resolve(/Cannot find module/.test(output) ? 'missing' : 'download');
    });
  });
}

/** Step 2: Forge, live; the exit code, plus the reason when Electron could not launch. */
function runForge() {
  return new Promise((resolve) => {
    let failure = null;
    const child = spawn(process.execPath, [forgeCli, 'start', ...process.argv.slice(2)], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    });
    const watch = (target) => (chunk) => {
      target.write(chunk);
      for (const { pattern, reason } of launchFailures) {
        if (!failure && pattern.test(chunk.toString())) failure = reason;
      }
    };
    child.stdout.on('data', watch(process.stdout));
    child.stderr.on('data', watch(process.stderr));
    child.on('error', (error) => {
      console.error(`Could not run Electron Forge: ${error.message}`);
      resolve({ status: 1, failure: null });
    });
    child.on('exit', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), failure }));
  });
}

// Ctrl+C reaches the children directly (same process group); we only wait for them to finish.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});

const missing = await ensureRuntime();
if (missing) {
  console.error(cannotStart(missing));
  process.exit(1);
}
const { status, failure } = await runForge();
if (status !== 0) {
  console.error(
    failure
      ? `\n${cannotStart(failure)}`
      : `\nelectron-forge start ended with exit code ${status}. If the desktop shell cannot run here, the browser build does: npm run web`,
  );
}
process.exit(status);
