import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Puts a fixture page's body (without its scripts) into the test document. */
export function loadFixture(path: string): void {
  const html = readFileSync(resolve(path), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.head.innerHTML = /<style[\s\S]*?<\/style>/i.exec(html)?.[0] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
