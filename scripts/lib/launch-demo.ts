// Opens Chromium with the built extension, then the extension's demo page once the extension
// runs. An unpacked extension loads after the first tab does, so a chrome-extension:// address
// given on the command line shows "blocked" (ERR_BLOCKED_BY_CLIENT) in a fresh profile. The
// demo is therefore opened over the DevTools protocol, spoken through a pipe that only this
// process holds (a debugging port would let any local program drive the browser).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';

/** Chromium names an unpacked extension after its folder: the SHA-256 of the path, in letters a–p. */
export function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

export interface DemoBrowser {
  child: ChildProcess;
  demo: string;
  /** Settles once the demo tab is open, or fails when the extension never started. */
  opened: Promise<void>;
  targets(): Promise<TargetInfo[]>;
}

/**
 * `startMs`: how long a cold start may take before the extension counts as broken.
 */
export function launchDemo(chromium: string, ext: string, profile: string, args: readonly string[] = [], startMs = 20_000): DemoBrowser {
  const origin = `chrome-extension://${unpackedId(ext)}/`;
  const demo = `${origin}demo.html`;
  const child = spawn(
    chromium,
    [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--no-default-browser-check', ...args, '--remote-debugging-pipe', 'about:blank'],
    { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'pipe'] },
  );
  const cdp = pipeClient(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const targets = async () => (await cdp('Target.getTargets')).targetInfos as TargetInfo[];

  const opened = (async () => {
    const until = Date.now() + startMs;
    let open = await targets();
    while (!open.some((t) => t.url.startsWith(origin))) {
      if (Date.now() > until) throw new Error(`The extension in ${ext} did not start within ${startMs / 1000} s; chrome://extensions says why.`);
      await new Promise((r) => setTimeout(r, 100));
      open = await targets();
    }
    const blank = open.filter((t) => t.type === 'page' && t.url === 'about:blank');
    await cdp('Target.createTarget', { url: demo });
    for (const t of blank) await cdp('Target.closeTarget', { targetId: t.targetId });
  })();
  return { child, demo, opened, targets };
}

type Send = (method: string, params?: object) => Promise<Record<string, unknown>>;

/** DevTools protocol over --remote-debugging-pipe: JSON messages, each ended by a NUL byte. */
function pipeClient(out: Writable, input: Readable): Send {
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  let next = 1;
  let buffered = '';
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const msg = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const p = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!p) continue;
      pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result ?? {});
    }
  });
  input.on('close', () => failAll(new Error('Chromium closed before the demo could open')));
  out.on('error', failAll);
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      out.write(`${JSON.stringify({ id, method, params })}\0`);
    });
}
