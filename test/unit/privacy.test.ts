// Nothing leaves the machine: no extension code opens a network connection of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib', 'entrypoints', 'components'];
const NETWORK = /\bfetch\s*\(|new\s+XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource|importScripts\s*\(|import\s*\(\s*['"`]https?:/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('privacy', () => {
  it('the only fetch reads the extension’s own files (the page observer only wraps the page’s own calls)', () => {
    const hits = ROOTS.flatMap(files).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter((l) => NETWORK.test(l.text) && !l.text.startsWith('//')),
    );
    const allowed = hits.filter((h) => h.file === join('entrypoints', 'background.ts') && h.text.includes('browser.runtime.getURL('));
    expect(allowed).toHaveLength(1);
    expect(hits.filter((h) => !allowed.includes(h))).toEqual([]);
  });
});
