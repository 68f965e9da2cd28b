// The detectors ship inside the content script: their minified, gzipped bundle has a
// hard budget (issue #3). Lexicons grow easily, so the budget is checked with the tests.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('bundle size', () => {
  it('all detectors fit in 30 KB gzipped', async () => {
    const out = await build({ entryPoints: ['lib/detect/index.ts'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const code = Buffer.concat(out.outputFiles.map((f) => Buffer.from(f.contents)));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(30_000);
  });
});
