// npm start: build the extension, then open Chromium with it loaded on the demo companion.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

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

/** Chromium names an unpacked extension after its folder: the SHA-256 of the path, in letters a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
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
const demo = `chrome-extension://${unpackedId(ext)}/demo.html`;
console.log(`Opening ${demo}\n(the browser profile lives in ${profile}; delete it to start over)`);
// Chromium refuses to start as root unless its sandbox is off (containers, CI machines).
const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const child = spawn(
  chromium,
  [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--no-default-browser-check', ...asRoot, demo],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
