// The detectors ship inside the content script: their minified, gzipped bundle has a
// hard budget (issue #3). Lexicons grow easily, so the budget is checked with the tests.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('bundle size', () => {
  it('all detectors fit in 30 KB gzipped', async () => {
    const out = await build({ entryPoints: ['lib/detect/index.ts'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const code = Buffer.concat(out.outputFiles.map((f) => Buffer.from(f.contents)));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(30_000);
  });

  // Sorted phrases sit next to their look-alikes: gzip finds the repeats closer (about 150
  // bytes of the budget), a reader finds a phrase by its first word, and a twin shows.
  it.each(['companion', 'user', 'concepts', 'rephrase'])('keeps the phrases of each %s lexicon family sorted and unique', (file) => {
    const source = readFileSync(`lib/detect/${file}.ts`, 'utf8');
    const families = [...source.matchAll(/\n {2}(\w+): `([^`]*)`/g)];
    expect(families.length).toBeGreaterThan(0);
    for (const [, name, body] of families) {
      const lines = body!.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      // A family pruned to nothing is dead code: its cue could never show.
      expect(lines.length, name).toBeGreaterThan(0);
      expect({ name, lines }).toEqual({ name, lines: [...new Set(lines)].sort() });
    }
  });

  // So are the alternatives of each group, an empty one last: the same set of words then
  // reads the same wherever it recurs, which gzip turns into about 540 bytes of the budget.
  it.each(['companion', 'user', 'concepts', 'rephrase'])('keeps the alternatives of each %s group sorted', (file) => {
    const source = readFileSync(`lib/detect/${file}.ts`, 'utf8');
    for (const [, , body] of source.matchAll(/\n {2}(\w+): `([^`]*)`/g)) {
      for (const [group, inner] of body!.matchAll(/\(([^()]*)\)/g)) {
        const alts = inner!.split('|');
        const full = alts.filter((a) => a.trim() !== '');
        expect(group).toBe(`(${[...full.sort(), ...alts.filter((a) => a.trim() === '')].join('|')})`);
      }
    }
  });

  // "perdon*" already reads "perdonami": a word its wildcard sibling covers costs bytes for nothing.
  it.each(['companion', 'user', 'concepts', 'rephrase'])('keeps no %s alternative that a wildcard beside it covers', (file) => {
    const source = readFileSync(`lib/detect/${file}.ts`, 'utf8');
    const covered: string[] = [];
    for (const [, , body] of source.matchAll(/\n {2}(\w+): `([^`]*)`/g)) {
      for (const [group, inner] of body!.matchAll(/\(([^()]*)\)/g)) {
        const alts = inner!.split('|');
        const stems = alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
        for (const a of alts) if (stems.some((s) => a !== `${s}*` && a.startsWith(s) && !a.slice(s.length).includes(' '))) covered.push(`${a} in ${group}`);
      }
    }
    expect(covered).toEqual([]);
  });
});
