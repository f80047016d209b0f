// Makes sure a Chromium exists for the browser tests, installing one the way the platform allows:
// Debian's `chromium` package where apt-get and root are available, Playwright's download elsewhere.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

const found = await findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (hasApt && isRoot) {
  console.log("No Chromium found: installing Debian's chromium package.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.env = env;
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
    console.error('apt-get could not install chromium. Install it by hand, or set CHROMIUM_PATH.');
    process.exit(1);
  }
} else {
  console.log(
    'No Chromium found and no apt-get as root: asking Playwright to download its Chromium.',
  );
  if (!run('npx', ['playwright', 'install', 'chromium'])) {
    console.error(
      'Playwright could not download Chromium. Install Chrome or Chromium and set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
const installed = await findChromium();
if (!installed) {
  console.error('Chromium still not found after installing. Set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
console.log(`Chromium: ${installed}`);
