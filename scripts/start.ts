// npm start: build the extension, then open Chromium with it loaded on the demo companion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { launchDemo } from './lib/launch-demo';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    process.env.CHROME_PATH
      ? `No browser at CHROME_PATH=${process.env.CHROME_PATH}.`
      : `No Chromium found on PATH (looked for ${CANDIDATES.join(', ')}).\nInstall it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const ext = resolve('.output/chrome-mv3');
const profile = resolve('.cache/chromium-profile');
mkdirSync(profile, { recursive: true });
// Chromium refuses to start as root unless its sandbox is off (containers, CI machines).
const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = launchDemo(chromium, ext, profile, asRoot);
console.log(`Opening ${browser.demo} once the extension runs\n(the browser profile lives in ${profile}; delete it to start over)`);
browser.opened.catch((e: Error) => console.error(e.message));
browser.child.on('exit', (code) => process.exit(code ?? 0));
