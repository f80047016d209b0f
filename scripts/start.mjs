// `npm start`: runs `electron-forge start` (builds main, preload and renderer with Vite, then
// launches Electron). Electron's runtime is downloaded the first time it is needed; where that
// cannot happen (offline, blocked mirror) or the binary cannot run (no display, missing system
// libraries) this ends with one clear message pointing at the browser build, `npm run web`.
// Forge's own output is passed through unchanged; this script only watches it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const forgeCli = require.resolve('@electron-forge/cli/dist/electron-forge.js');

/** Seconds the Electron download may take before we give up (a slow link gets 15 minutes). */
const downloadTimeoutSeconds = Number(process.env.CORROBORATE_ELECTRON_DOWNLOAD_TIMEOUT ?? 900);

/** Output that means the runtime could not be fetched or could not start, and why. */
const failureSignatures = [
  { pattern: /Electron failed to install correctly/i, reason: 'download' },
  {
    pattern: /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo/i,
    reason: 'download',
  },
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
};

let failure = null;
let downloading = false;
let downloadTimer = null;

const child = spawn(process.execPath, [forgeCli, 'start', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});

function watch(chunk) {
  const text = chunk.toString();
  if (!downloading && /Downloading Electron binary/i.test(text)) {
    downloading = true;
    downloadTimer = setTimeout(() => {
      failure ??= 'timeout';
      child.kill('SIGTERM');
    }, downloadTimeoutSeconds * 1000);
    downloadTimer.unref();
  }
  for (const { pattern, reason } of failureSignatures) {
    if (!failure && pattern.test(text)) failure = reason;
  }
}

child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  watch(chunk);
});
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  watch(chunk);
});

// Ctrl+C reaches Forge directly (same process group); we only wait for it to finish.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});

child.on('error', (error) => {
  console.error(`\nCould not run Electron Forge: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (downloadTimer) clearTimeout(downloadTimer);
  const status = code ?? (signal ? 1 : 0);
  if (status !== 0 && failure) {
    console.error(
      `\n──────────\nThe desktop app cannot start on this machine.\n${explanations[failure]}\n\n` +
        'The same UI runs in a browser:  npm run web\n──────────',
    );
  } else if (status !== 0) {
    console.error(
      `\nelectron-forge start ended with ${signal ?? `exit code ${status}`}. ` +
        'If the desktop shell cannot run here, the browser build does: npm run web',
    );
  }
  process.exit(status);
});
